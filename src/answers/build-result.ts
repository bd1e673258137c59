import type { Area, Metric } from '../domain/catalogue-types';
import { compare, type Comparison, type ComparisonKind } from '../domain/comparisons';
import { compareMonths, type Month } from '../domain/month';
import type { ObservationIndex } from '../domain/observation-index';
import { linearTrend } from '../domain/trend';
import { rolling12Window, type Window } from '../domain/window';
import { windowSeries } from '../domain/window-series';
import { windowValue } from '../domain/window-value';
import type { AnswerResult, NoDataReason } from './reply-types';

const COMPARISON_KINDS: readonly ComparisonKind[] = ['previous', 'last_year', 'fy_end', 'benchmark'];

export type ResultOutcome =
  | { readonly kind: 'result'; readonly result: AnswerResult }
  | { readonly kind: 'no_data'; readonly reason: NoDataReason; readonly latest?: Month; readonly earliest?: Month };

/** The long-term trend: the rolling-12 figure over the 24 months to the window's end. */
function longTermTrend(index: ObservationIndex, metric: Metric, area: string, to: Month) {
  if (metric.aggregation === 'median' || metric.aggregation === 'point') return undefined;
  const series = windowSeries(index, metric, area, rolling12Window(to), 24);
  return series.length === 24 ? linearTrend(series) : undefined;
}

/** Everything one result carries: the value, every comparison the store can make, a series and the trend. */
export function buildResult(index: ObservationIndex, metric: Metric, area: Area, window: Window): ResultOutcome {
  const latest = index.latestIn(metric.id, area.id);
  const earliest = index.earliestMonth(metric.id);
  if (latest === undefined) return { kind: 'no_data', reason: 'no_series' };
  if (compareMonths(window.to, latest) > 0) return { kind: 'no_data', reason: 'after_data', latest, ...(earliest ? { earliest } : {}) };
  const outcome = windowValue(index, metric, area.id, window);
  if (outcome.kind === 'missing') {
    const before = earliest !== undefined && compareMonths(window.from, earliest) < 0;
    return { kind: 'no_data', reason: before ? 'before_data' : 'gap', latest, ...(earliest ? { earliest } : {}) };
  }
  const { figure } = outcome;
  const comparisons: Comparison[] = [];
  if (figure.value !== null) {
    for (const kind of COMPARISON_KINDS) {
      const c = compare(index, metric, area.id, window, figure.value, kind);
      // Two comparisons over the same months are shown once.
      if (c && !comparisons.some((o) => o.from === c.from && o.to === c.to && o.kind !== 'benchmark' && c.kind !== 'benchmark')) comparisons.push(c);
    }
  }
  const trend = longTermTrend(index, metric, area.id, window.to);
  return {
    kind: 'result',
    result: {
      metric,
      area,
      window,
      value: figure.value,
      ...(figure.numerator !== undefined ? { numerator: figure.numerator } : {}),
      ...(figure.denominator !== undefined ? { denominator: figure.denominator } : {}),
      comparisons,
      series: windowSeries(index, metric, area.id, window),
      ...(trend ? { trend } : {}),
    },
  };
}
