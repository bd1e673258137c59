import type { Metric, Unit } from './catalogue-types';
import type { ObservationIndex } from './observation-index';
import { addMonths } from './month';
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

function comparisonWindow(kind: Exclude<ComparisonKind, 'benchmark'>, w: Window): Window {
  switch (kind) {
    case 'previous': return previousWindow(w);
    case 'last_year': return lastYearWindow(w);
    case 'fy_end': return fyEndWindow(w);
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
  const value = windowNumber(index, metric, area, other);
  return value === undefined ? undefined : build(metric, kind, other, value, current);
}

/** Whether a change is good, bad or neither, by the metric's polarity. */
export function judgeChange(metric: Metric, change: number): 'good' | 'bad' | 'neutral' {
  if (change === 0 || metric.polarity === 'neutral') return 'neutral';
  return (change > 0) === (metric.polarity === 'up') ? 'good' : 'bad';
}
