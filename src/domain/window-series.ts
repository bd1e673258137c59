import type { Metric } from './catalogue-types';
import type { ObservationIndex } from './observation-index';
import { addMonths, type Month } from './month';
import { windowEndingAt, type Window } from './window';
import { windowNumber } from './window-value';

export interface SeriesPoint {
  readonly month: Month;
  readonly value: number;
}

export const DEFAULT_SERIES_POINTS = 13;

/**
 * The same window's value ending at each of the `points` months up to `to` (13 by default: a year
 * and the month before it). Months the store cannot fill are left out.
 */
export function windowSeries(index: ObservationIndex, metric: Metric, area: string, w: Window, points = DEFAULT_SERIES_POINTS): SeriesPoint[] {
  // A multi-month window of a median has no value of its own: its series is its months.
  const single = metric.aggregation === 'median' && w.from !== w.to;
  const base: Window = single ? { kind: 'month', from: w.to, to: w.to } : w;
  const count = single ? Math.max(points, monthsIn(w)) : points;
  const out: SeriesPoint[] = [];
  for (let k = count - 1; k >= 0; k--) {
    const month = addMonths(w.to, -k);
    const value = windowNumber(index, metric, area, windowEndingAt(base, month));
    if (value !== undefined) out.push({ month, value });
  }
  return out;
}

function monthsIn(w: Window): number {
  let n = 1;
  for (let m = w.from; m !== w.to; m = addMonths(m, 1)) n++;
  return n;
}
