import type { Metric } from '../domain/catalogue-types';
import type { ObservationIndex } from '../domain/observation-index';
import type { SeriesPoint } from '../domain/window-series';
import { meanOf } from './significance';

/**
 * The least month-to-month noise a figure can have: counts of events vary at least as a Poisson
 * count does (sd √mean), and a monthly rate at least as a binomial proportion does
 * (sd √(p(1 − p) / cases)). A series smoother than that (a small, steady count) is not read as
 * more certain than its cases allow. Undefined for medians, money and stocks.
 */
export function noiseFloor(index: ObservationIndex, metric: Metric, area: string, before: readonly SeriesPoint[]): number | undefined {
  if (before.length === 0) return undefined;
  if (metric.aggregation === 'sum' && metric.unit === 'count') return Math.sqrt(Math.max(1, meanOf(before)));
  if (metric.aggregation !== 'ratio') return undefined;
  let cases = 0;
  let events = 0;
  for (const p of before) {
    const point = index.get(metric.id, area, p.month);
    cases += point?.denominator ?? 0;
    events += point?.numerator ?? 0;
  }
  if (cases <= 0) return undefined;
  const rate = events / cases;
  const perMonth = cases / before.length;
  return 100 * Math.sqrt(Math.max(rate * (1 - rate), 1 / perMonth) / perMonth);
}
