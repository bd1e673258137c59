import type { Metric, Unit } from './catalogue-types';
import type { ObservationIndex } from './observation-index';
import { addMonths, lastMarchBefore, makeMonth, yearOf } from './month';
import { fyEndWindow, lastYearWindow, previousWindow, windowEndingAt, type Window } from './window';
import { windowNumber } from './window-value';

export type ComparisonKind = 'previous' | 'last_year' | 'fy_end' | 'benchmark';
export type ChangeUnit = 'ppt' | Unit;

export interface Comparison {
  readonly kind: ComparisonKind;
  readonly from: string;
  readonly to: string;
  readonly value: number;
  /** value asked minus this comparison's value: ppt for percentages, the metric's unit otherwise. */
  readonly change: number;
  readonly changeUnit: ChangeUnit;
  /** For non-percent metrics: the change as a percentage of the comparison's value. */
  readonly changePct?: number | null;
}

export const BENCHMARK_MONTHS = 36;

export function changeUnitOf(metric: Metric): ChangeUnit {
  return metric.unit === 'percent' ? 'ppt' : metric.unit;
}

/**
 * The window a comparison is with, per window kind (ask-contract.md, "Comparisons per window kind"):
 * a year to date has no `previous` and its `fy_end` is the whole previous financial year; a quarter,
 * a financial year and a calendar year have no `fy_end`; for a financial or calendar year the year
 * before is `previous`, and `last_year` (the same months) is not given twice.
 */
export function comparisonWindow(kind: Exclude<ComparisonKind, 'benchmark'>, w: Window): Window | undefined {
  switch (w.kind) {
    case 'fytd':
      if (kind === 'previous') return undefined;
      if (kind === 'fy_end') {
        const march = lastMarchBefore(w.to);
        return { kind: 'fy', from: makeMonth(yearOf(march) - 1, 4), to: march };
      }
      return lastYearWindow(w);
    case 'quarter':
      return kind === 'fy_end' ? undefined : kind === 'previous' ? previousWindow(w) : lastYearWindow(w);
    case 'fy':
    case 'year':
      return kind === 'previous' ? previousWindow(w) : undefined;
    default:
      switch (kind) {
        case 'previous': return previousWindow(w);
        case 'last_year': return lastYearWindow(w);
        case 'fy_end': return fyEndWindow(w);
      }
  }
}

function build(metric: Metric, kind: ComparisonKind, w: Window, value: number, current: number): Comparison {
  const change = current - value;
  const base = { kind, from: w.from, to: w.to, value, change, changeUnit: changeUnitOf(metric) };
  if (metric.unit === 'percent') return base;
  return { ...base, changePct: value !== 0 ? (100 * change) / value : null };
}

/**
 * The mean of the same window's value over the 36 months before `to` (windows ending at to-1 … to-36).
 * Undefined unless all 36 exist.
 */
export function benchmarkValue(index: ObservationIndex, metric: Metric, area: string, w: Window): { value: number; window: Window } | undefined {
  let total = 0;
  for (let k = 1; k <= BENCHMARK_MONTHS; k++) {
    const v = windowNumber(index, metric, area, windowEndingAt(w, addMonths(w.to, -k)));
    if (v === undefined) return undefined;
    total += v;
  }
  return { value: total / BENCHMARK_MONTHS, window: { kind: w.kind, from: addMonths(w.to, -BENCHMARK_MONTHS), to: addMonths(w.to, -1) } };
}

/** One comparison of the window's value, or undefined where the store lacks the other window. */
export function compare(index: ObservationIndex, metric: Metric, area: string, w: Window, current: number, kind: ComparisonKind): Comparison | undefined {
  if (kind === 'benchmark') {
    const b = benchmarkValue(index, metric, area, w);
    return b ? build(metric, kind, b.window, b.value, current) : undefined;
  }
  const other = comparisonWindow(kind, w);
  if (!other) return undefined;
  const value = windowNumber(index, metric, area, other);
  return value === undefined ? undefined : build(metric, kind, other, value, current);
}

/** Whether a change is good, bad or neither, by the metric's polarity. */
export function judgeChange(metric: Metric, change: number): 'good' | 'bad' | 'neutral' {
  if (change === 0 || metric.polarity === 'neutral') return 'neutral';
  return (change > 0) === (metric.polarity === 'up') ? 'good' : 'bad';
}
