import type { CardElement, ColumnSet, Container, FactSet, LineChart } from './adaptive-card-types';
import { column, columns, keepTogether, text, toneColour } from './elements';
import type { TrendSeriesView, TrendView } from './view-models';

/** "Jan 19 6.9% → Jan 20 10.5%": each end kept on one line. */
function ends(value: string): string {
  return value.split(' → ').map(keepTogether).join(' → ');
}

/** Where charts are missing: the sparkline, and under it its first and last months, the low and the high (a phone has no room beside it). */
function seriesFallback(s: TrendSeriesView, named: boolean): CardElement {
  return {
    type: 'Container',
    spacing: 'Small',
    items: [
      text(s.sparkline, { size: 'Large', color: 'Accent', wrap: false }),
      text(named ? `${s.legend}: ${ends(s.ends)}` : ends(s.ends), { size: 'Small', spacing: 'None' }),
      text(s.range, { size: 'Small', isSubtle: true, spacing: 'None' }),
    ],
  };
}

/** Every month of one series, in two columns, for when the trend was asked for. */
function monthFacts(s: TrendSeriesView): ColumnSet {
  const half = Math.ceil(s.points.length / 2);
  const facts = (points: TrendSeriesView['points']): FactSet => ({ type: 'FactSet', facts: points.map((p) => ({ title: p.label, value: p.text })) });
  return columns([column(1, [facts(s.points.slice(0, half))]), column(1, [facts(s.points.slice(half))])], { spacing: 'Small' });
}

function fallback(view: TrendView): Container {
  const named = view.series.length > 1;
  const only = view.series[0];
  const months = view.listMonths && !named && only ? [monthFacts(only)] : [];
  return {
    type: 'Container',
    items: [text(view.title, { size: 'Small', weight: 'Bolder', isSubtle: true }), ...view.series.map((s) => seriesFallback(s, named)), ...months],
  };
}

function roundY(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The trend as a Teams line chart, with a text fallback for clients without charts, and the long-term verdict. */
export function trendElements(view: TrendView): CardElement[] {
  const chart: LineChart = {
    type: 'Chart.Line',
    title: view.title,
    spacing: 'Medium',
    data: view.series.map((s) => ({ legend: s.legend, values: s.points.map((p) => ({ x: p.label, y: roundY(p.value) })) })),
    fallback: fallback(view),
  };
  const verdict = view.longTerm ? [text(view.longTerm.text, { size: 'Small', color: toneColour(view.longTerm.tone), spacing: 'Small' })] : [];
  return [chart, ...verdict];
}
