import type { MonthPoint, Observation } from './observation';
import { compareMonths, monthFromIndex, monthIndex, type Month } from './month';

interface SeriesSlot {
  readonly first: number;
  readonly points: (MonthPoint | undefined)[];
}

/** Every observation in memory, keyed for O(1) look-up of a month of a metric in an area. */
export class ObservationIndex {
  private readonly slots = new Map<string, SeriesSlot>();
  private readonly latestByMetric = new Map<string, Month>();
  private readonly earliestByMetric = new Map<string, Month>();
  readonly size: number;

  constructor(observations: Iterable<Observation>) {
    const grouped = new Map<string, Observation[]>();
    let size = 0;
    for (const o of observations) {
      const key = `${o.metric}|${o.area}`;
      let list = grouped.get(key);
      if (!list) grouped.set(key, (list = []));
      list.push(o);
      size++;
      const latest = this.latestByMetric.get(o.metric);
      if (latest === undefined || compareMonths(o.month, latest) > 0) this.latestByMetric.set(o.metric, o.month);
      const earliest = this.earliestByMetric.get(o.metric);
      if (earliest === undefined || compareMonths(o.month, earliest) < 0) this.earliestByMetric.set(o.metric, o.month);
    }
    for (const [key, list] of grouped) {
      const first = Math.min(...list.map((o) => monthIndex(o.month)));
      const points: (MonthPoint | undefined)[] = [];
      for (const o of list) {
        points[monthIndex(o.month) - first] = { month: o.month, value: o.value, numerator: o.numerator, denominator: o.denominator };
      }
      this.slots.set(key, { first, points });
    }
    this.size = size;
  }

  get(metric: string, area: string, month: Month): MonthPoint | undefined {
    const slot = this.slots.get(`${metric}|${area}`);
    if (!slot) return undefined;
    return slot.points[monthIndex(month) - slot.first];
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
