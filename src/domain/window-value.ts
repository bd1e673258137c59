import type { Metric } from './catalogue-types';
import type { MonthPoint } from './observation';
import type { ObservationIndex } from './observation-index';
import type { Window } from './window';

/** A window's figure. `value` is null where the metric cannot be aggregated (a median over months). */
export interface WindowFigure {
  readonly value: number | null;
  readonly numerator?: number;
  readonly denominator?: number;
  /** The months behind the figure, in order (medians and points; sums and ratios leave it empty). */
  readonly months: readonly MonthPoint[];
}

export type WindowOutcome =
  | { readonly kind: 'figure'; readonly figure: WindowFigure }
  | { readonly kind: 'missing'; readonly missing: readonly string[] };

function sumOf(points: readonly MonthPoint[], pick: (p: MonthPoint) => number | null): number | null {
  let total = 0;
  for (const p of points) {
    const v = pick(p);
    if (v === null) return null;
    total += v;
  }
  return total;
}

/** Percentage of two sums; null when the denominator is zero. */
export function ratioPercent(numerator: number, denominator: number): number | null {
  return denominator > 0 ? (100 * numerator) / denominator : null;
}

function aggregate(metric: Metric, points: readonly MonthPoint[]): WindowFigure | null {
  switch (metric.aggregation) {
    case 'sum': {
      const value = sumOf(points, (p) => p.value);
      return value === null ? null : { value, months: points };
    }
    case 'ratio': {
      const numerator = sumOf(points, (p) => p.numerator);
      const denominator = sumOf(points, (p) => p.denominator);
      if (numerator === null || denominator === null) return null;
      return { value: ratioPercent(numerator, denominator), numerator, denominator, months: points };
    }
    case 'median': {
      // Medians never add up: one month is its own value, several months are reported month by month.
      const only = points.length === 1 ? points[0] : undefined;
      return { value: only ? only.value : null, months: points };
    }
    case 'point': {
      const last = points[points.length - 1];
      return last ? { value: last.value, months: points } : null;
    }
  }
}

/**
 * The value of a metric in an area over a window: sums add up, ratios are Σnumerator / Σdenominator
 * (never an average of percentages), medians are not aggregated, point metrics take the window's end.
 * Every month of the window must be present, except for point metrics, which need only the end.
 */
export function windowValue(index: ObservationIndex, metric: Metric, area: string, window: Window): WindowOutcome {
  if (metric.aggregation === 'sum' || metric.aggregation === 'ratio') {
    // Running totals answer sums and ratios without reading each month (the hot path).
    const s = index.sums(metric.id, area, window.from, window.to);
    if (s.present === s.months) {
      const figure: WindowFigure = metric.aggregation === 'sum'
        ? { value: s.value, months: [] }
        : { value: ratioPercent(s.numerator, s.denominator), numerator: s.numerator, denominator: s.denominator, months: [] };
      return { kind: 'figure', figure };
    }
  }
  const from = metric.aggregation === 'point' ? window.to : window.from;
  const { points, missing } = index.between(metric.id, area, from, window.to);
  if (missing.length > 0) return { kind: 'missing', missing };
  const figure = aggregate(metric, points);
  return figure ? { kind: 'figure', figure } : { kind: 'missing', missing: [window.to] };
}

/** Just the number, or undefined when the window cannot be computed. */
export function windowNumber(index: ObservationIndex, metric: Metric, area: string, window: Window): number | undefined {
  const out = windowValue(index, metric, area, window);
  return out.kind === 'figure' && out.figure.value !== null ? out.figure.value : undefined;
}
