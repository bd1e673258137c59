import type { CardElement, Container, HorizontalBarChart } from './adaptive-card-types';
import { column, columns, text, toneColour } from './elements';
import type { Tone } from './view-models';

/** One bar: its label, its length (the figure it stands for) and the figure as people read it. */
export interface BarView {
  readonly label: string;
  readonly value: number;
  readonly text: string;
  readonly tone?: Tone;
}

const BAR_WIDTH = 14;

/** "█████▌": a bar in text, as long as its share of the largest. */
export function textBar(value: number, max: number): string {
  if (max <= 0) return '';
  const eighths = Math.round((BAR_WIDTH * 8 * Math.abs(value)) / max);
  const partial = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'][eighths % 8] ?? '';
  return '█'.repeat(Math.floor(eighths / 8)) + partial || '▏';
}

/** Where charts are missing: each bar as a row of label, text bar and figure. */
function barsFallback(title: string, bars: readonly BarView[]): Container {
  const max = Math.max(0, ...bars.map((b) => Math.abs(b.value)));
  return {
    type: 'Container',
    items: [
      text(title, { size: 'Small', weight: 'Bolder', isSubtle: true }),
      ...bars.map((b) => columns([
        column(4, [text(b.label, { size: 'Small' })], { verticalContentAlignment: 'Center' }),
        column(5, [text(textBar(b.value, max), { size: 'Small', color: b.tone ? toneColour(b.tone) : 'Accent', wrap: false })], { verticalContentAlignment: 'Center' }),
        column(3, [text(b.text, { size: 'Small', horizontalAlignment: 'Right' })], { verticalContentAlignment: 'Center' }),
      ], { spacing: 'None' })),
    ],
  };
}

const CHART_COLOUR: Readonly<Record<Tone, string>> = { good: 'good', bad: 'attention', neutral: 'neutral' };

/** Bars as a Teams `Chart.HorizontalBar`, with a fallback that every Adaptive Cards renderer draws. */
export function barChart(title: string, bars: readonly BarView[]): CardElement {
  const chart: HorizontalBarChart = {
    type: 'Chart.HorizontalBar',
    title,
    spacing: 'Medium',
    displayMode: 'AbsoluteWithAxis',
    data: bars.map((b) => ({ x: b.label, y: Math.round(b.value * 100) / 100, ...(b.tone ? { color: CHART_COLOUR[b.tone] } : {}) })),
    fallback: barsFallback(title, bars),
  };
  return chart;
}
