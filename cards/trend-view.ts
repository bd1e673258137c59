import { formatValue } from '../src/answers/format';
import type { AnswerResult } from '../src/answers/reply-types';
import type { Unit } from '../src/domain/catalogue-types';
import { judgeChange } from '../src/domain/comparisons';
import { shortMonthLabel } from '../src/domain/month';
import type { SeriesPoint } from '../src/domain/window-series';
import { STRINGS } from '../src/strings';
import type { Tone, TrendSeriesView, TrendView } from './view-models';

const BARS = '▁▂▃▄▅▆▇█';

/** A text sparkline, lowest month ▁ to highest █; a flat series sits in the middle. */
export function sparkline(values: readonly number[]): string {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return values
    .map((v) => (high === low ? 3 : Math.round(((v - low) / (high - low)) * (BARS.length - 1))))
    .map((i) => BARS[i] ?? '')
    .join('');
}

/** One line of the chart, with its text stand-ins. */
export function trendSeries(legend: string, unit: Unit, series: readonly SeriesPoint[]): TrendSeriesView | undefined {
  const first = series[0];
  const last = series[series.length - 1];
  if (!first || !last || series.length < 2) return undefined;
  const values = series.map((p) => p.value);
  const fmt = (v: number) => formatValue(unit, v);
  return {
    legend,
    points: series.map((p) => ({ label: shortMonthLabel(p.month), value: p.value, text: fmt(p.value) })),
    sparkline: sparkline(values),
    ends: STRINGS.cards.trendEnds(shortMonthLabel(first.month), fmt(first.value), shortMonthLabel(last.month), fmt(last.value)),
    range: STRINGS.cards.trendRange(fmt(Math.min(...values)), fmt(Math.max(...values))),
  };
}

function longTermOf(r: AnswerResult): TrendView['longTerm'] {
  if (!r.trend) return undefined;
  const { direction } = r.trend;
  const tone: Tone = judgeChange(r.metric, direction === 'flat' ? 0 : direction === 'up' ? 1 : -1);
  return { text: STRINGS.cards.longTrend[direction], tone };
}

function titleOf(r: AnswerResult, points: number): string {
  return r.window.kind === 'rolling12' ? STRINGS.cards.trendTitleRolling(points) : STRINGS.cards.trendTitle(points);
}

/** The trend of one or more results of the same metric; undefined where there is too little to draw. */
export function trendView(results: readonly AnswerResult[], listMonths: boolean): TrendView | undefined {
  const series = results
    .map((r) => trendSeries(results.length > 1 ? r.area.name : r.metric.name, r.metric.unit, r.series))
    .filter((s): s is TrendSeriesView => s !== undefined);
  const first = results[0];
  if (!first || series.length === 0) return undefined;
  const longTerm = results.length === 1 ? longTermOf(first) : undefined;
  return { title: titleOf(first, first.series.length), series, listMonths, ...(longTerm ? { longTerm } : {}) };
}
