import type { MonthPoint, Observation } from './observation';
import { compareMonths, monthFromIndex, monthIndex, type Month } from './month';

interface SeriesSlot {
  readonly first: number;
  readonly points: (MonthPoint | undefined)[];
  /** Running totals from the slot's first month: months present, value, numerator, denominator. */
  readonly prefix: { readonly count: Float64Array; readonly value: Float64Array; readonly numerator: Float64Array; readonly denominator: Float64Array };
}

/** Sums over a span of months, for windows of counts and ratios. */
export interface SpanSums {
  readonly months: number;
  readonly present: number;
  readonly value: number;
  readonly numerator: number;
  readonly denominator: number;
}

function prefixOf(points: readonly (MonthPoint | undefined)[], pick: (p: MonthPoint) => number | null, presentOnly = false): Float64Array {
  const out = new Float64Array(points.length + 1);
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    const v = p ? pick(p) : null;
    out[i + 1] = (out[i] ?? 0) + (presentOnly ? (v === null ? 0 : 1) : v ?? 0);
  }
  return out;
}

/** Every observation in memory, keyed for O(1) look-up of a month of a metric in an area. */
export class ObservationIndex {
  private readonly slots = new Map<string, SeriesSlot>();
  private readonly latestByMetric = new Map<string, Month>();
  private readonly earliestByMetric = new Map<string, Month>();
  readonly size: number;

  constructor(observations: Iterable<Observation>) {
    const grouped = new Map<string, { first: number; last: number; items: { at: number; o: Observation }[] }>();
    let size = 0;
    for (const o of observations) {
      const key = `${o.metric}|${o.area}`;
      const at = monthIndex(o.month);
      let g = grouped.get(key);
      if (!g) grouped.set(key, (g = { first: at, last: at, items: [] }));
      g.items.push({ at, o });
      if (at < g.first) g.first = at;
      if (at > g.last) g.last = at;
      size++;
      const latest = this.latestByMetric.get(o.metric);
      if (latest === undefined || o.month > latest) this.latestByMetric.set(o.metric, o.month);
      const earliest = this.earliestByMetric.get(o.metric);
      if (earliest === undefined || o.month < earliest) this.earliestByMetric.set(o.metric, o.month);
    }
    for (const [key, g] of grouped) {
      const points: (MonthPoint | undefined)[] = new Array<MonthPoint | undefined>(g.last - g.first + 1);
      for (const { at, o } of g.items) points[at - g.first] = { month: o.month, value: o.value, numerator: o.numerator, denominator: o.denominator };
      const complete = (p: MonthPoint) => (p.value === null && (p.numerator === null || p.denominator === null) ? null : 1);
      this.slots.set(key, {
        first: g.first,
        points,
        prefix: {
          count: prefixOf(points, complete, true),
          value: prefixOf(points, (p) => p.value),
          numerator: prefixOf(points, (p) => p.numerator),
          denominator: prefixOf(points, (p) => p.denominator),
        },
      });
    }
    this.size = size;
  }

  get(metric: string, area: string, month: Month): MonthPoint | undefined {
    const slot = this.slots.get(`${metric}|${area}`);
    if (!slot) return undefined;
    return slot.points[monthIndex(month) - slot.first];
  }

  /**
   * The months from `from` to `to` of a metric in an area, in order, and which of them are missing.
   * The hot path of every window: one key look-up, then array reads.
   */
  between(metric: string, area: string, from: Month, to: Month): { points: MonthPoint[]; missing: Month[] } {
    const slot = this.slots.get(`${metric}|${area}`);
    const a = monthIndex(from);
    const b = monthIndex(to);
    const points: MonthPoint[] = [];
    const missing: Month[] = [];
    for (let i = a; i <= b; i++) {
      const p = slot ? slot.points[i - slot.first] : undefined;
      if (p) points.push(p);
      else missing.push(monthFromIndex(i));
    }
    return { points, missing };
  }

  /** Totals over the months from `from` to `to` in O(1): how many are present, and their sums. */
  sums(metric: string, area: string, from: Month, to: Month): SpanSums {
    const a = monthIndex(from);
    const b = monthIndex(to);
    const months = b - a + 1;
    const slot = this.slots.get(`${metric}|${area}`);
    if (!slot) return { months, present: 0, value: 0, numerator: 0, denominator: 0 };
    const lo = Math.max(0, a - slot.first);
    const hi = Math.min(slot.points.length, b - slot.first + 1);
    if (hi <= lo) return { months, present: 0, value: 0, numerator: 0, denominator: 0 };
    const d = (arr: Float64Array) => (arr[hi] ?? 0) - (arr[lo] ?? 0);
    return { months, present: d(slot.prefix.count), value: d(slot.prefix.value), numerator: d(slot.prefix.numerator), denominator: d(slot.prefix.denominator) };
  }

  has(metric: string, area: string): boolean {
    return this.slots.has(`${metric}|${area}`);
  }

  /** The latest month the metric has in any area. */
  latestMonth(metric: string): Month | undefined {
    return this.latestByMetric.get(metric);
  }

  earliestMonth(metric: string): Month | undefined {
    return this.earliestByMetric.get(metric);
  }

  /** The latest month of the metric in that area. */
  latestIn(metric: string, area: string): Month | undefined {
    const slot = this.slots.get(`${metric}|${area}`);
    if (!slot) return undefined;
    for (let i = slot.points.length - 1; i >= 0; i--) if (slot.points[i]) return monthFromIndex(slot.first + i);
    return undefined;
  }

  /** The latest month of any metric. */
  latestOverall(): Month | undefined {
    let latest: Month | undefined;
    for (const m of this.latestByMetric.values()) if (latest === undefined || compareMonths(m, latest) > 0) latest = m;
    return latest;
  }
}
