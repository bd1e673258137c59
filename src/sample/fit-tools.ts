import type { CatalogueIndex } from '../domain/catalogue';
import { addMonths, monthRange, type Month } from '../domain/month';
import { addToMonth, at, leavesIn, setTotal, spread, total, type Leaves } from './leaf-data';
import type { SampleData, SampleMetric } from './build-sample-data';

/** Small tools that bend generated figures to the paper's, keeping every level's sums whole. */
export class Fitter {
  constructor(private readonly data: SampleData, private readonly catalogue: CatalogueIndex) {}

  get(id: string): SampleMetric {
    const m = this.data.get(id);
    if (!m) throw new Error(`no sample metric ${id}`);
    return m;
  }

  values(id: string): Leaves {
    const m = this.get(id);
    const v = m.value ?? m.num;
    if (!v) throw new Error(`${id} has no values`);
    return v;
  }

  scope(id: string, area = 'force'): number[] {
    return leavesIn(this.values(id), area, this.catalogue);
  }

  total(id: string, month: Month, area = 'force'): number {
    return total(this.values(id), this.scope(id, area), at(month));
  }

  /** The room a numerator leaf has: up to its denominator (for ratios and outcome counts). */
  private room(id: string): ((leaf: number, m: number) => number) | undefined {
    const m = this.get(id);
    const den = m.den ?? this.denominatorOf(id);
    return den ? (leaf, month) => den.values[leaf]?.[month] ?? 0 : undefined;
  }

  private denominatorOf(id: string): Leaves | undefined {
    const rate = this.catalogue.metrics.find((r) => r.ratio?.numeratorMetric === id && r.ratio.denominatorMetric);
    const denId = id === 'charges' ? 'ppo_count_all' : rate?.ratio?.denominatorMetric;
    return denId ? this.values(denId) : undefined;
  }

  set(id: string, month: Month, value: number, area = 'force'): void {
    const room = this.room(id);
    const m = at(month);
    setTotal(this.values(id), this.scope(id, area), m, value, room ? (leaf) => room(leaf, m) : undefined);
  }

  /** Keeps every month of a span at or under `cap` (and at least `floor` under it when it had to be cut). */
  capSpan(id: string, from: Month, to: Month, cap: number, area = 'force'): void {
    for (const month of monthRange(from, to)) if (this.total(id, month, area) > cap) this.set(id, month, cap - ((at(month) * 7) % 5), area);
  }

  /** Moves `delta` units across months, lowest first, never past `cap`. */
  spread(id: string, months: readonly Month[], delta: number, area = 'force', cap = Infinity): void {
    spread(this.values(id), this.scope(id, area), months.map(at), delta, cap, this.room(id));
  }

  /** The rolling-12 ratio of a ratio metric to `end` becomes `targetPct` (to one decimal), by changing its numerator in `adjust` months. */
  fitRolling(rateId: string, end: Month, targetPct: number, adjust: readonly Month[], area = 'force', cap = Infinity, adjustArea = area): void {
    const r = this.get(rateId);
    const num = r.num;
    const den = r.den;
    if (!num || !den) throw new Error(`${rateId} is not a ratio`);
    const window = monthRange(addMonths(end, -11), end);
    const scope = leavesIn(num, area, this.catalogue);
    const adjustScope = leavesIn(num, adjustArea, this.catalogue);
    const sums = (): [number, number] => [window.reduce((a, m) => a + total(num, scope, at(m)), 0), window.reduce((a, m) => a + total(den, scope, at(m)), 0)];
    // With small denominators no whole numerator may round to the target: then the crimes move by a unit.
    for (let tries = 0; tries < 30; tries++) {
      const [n, d] = sums();
      const want = Math.round((targetPct * d) / 100);
      spread(num, adjustScope, adjust.map(at), want - n, cap, (leaf, m) => den.values[leaf]?.[m] ?? 0);
      const [n2, d2] = sums();
      if (Math.round((1000 * n2) / d2) === Math.round(targetPct * 10)) return;
      addToMonth(den, adjustScope, at(adjust[tries % adjust.length] ?? end), 1);
    }
    throw new Error(`cannot fit ${rateId} to ${end} to ${targetPct}`);
  }

  /** A ratio's single month becomes `targetPct` (to one decimal); its denominator moves by a unit or two if no whole numerator can. */
  fitMonth(rateId: string, month: Month, targetPct: number, area = 'force', prefer: 1 | -1 = -1): void {
    const r = this.get(rateId);
    if (!r.num || !r.den) throw new Error(`${rateId} is not a ratio`);
    const scope = leavesIn(r.num, area, this.catalogue);
    const m = at(month);
    const base = total(r.den, scope, m);
    for (const step of [0, ...Array.from({ length: 15 }, (_, i) => prefer * (i + 1)), ...Array.from({ length: 15 }, (_, i) => -prefer * (i + 1))]) {
      const den = base + step;
      const k = Math.round((targetPct * den) / 100);
      if (Math.round((1000 * k) / den) === Math.round(targetPct * 10)) {
        if (step !== 0) addToMonth(r.den, scope, m, step);
        setTotal(r.num, scope, m, k, (leaf) => r.den?.values[leaf]?.[m] ?? 0);
        return;
      }
    }
    throw new Error(`cannot fit ${rateId} ${month} to ${targetPct}`);
  }
}

