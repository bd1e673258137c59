import { readFileSync } from 'node:fs';
import type { Observation } from '../../../src/domain/observation';
import { parseTidyCsv, sampleFiles } from './sample-data';

/**
 * The sample CSV rows worked by hand, for expected values: month arithmetic, sums and ratios of sums
 * written out here, apart from the code under test.
 */
const NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function shift(month: string, k: number): string {
  const [y, m] = month.split('-').map(Number);
  const t = (y ?? 0) * 12 + (m ?? 1) - 1 + k;
  return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`;
}

export function label(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${NAMES[(m ?? 1) - 1] ?? ''} ${y ?? ''}`;
}

export class SampleSums {
  private readonly rows = new Map<string, Observation>();

  constructor() {
    const files = sampleFiles();
    if (files.length === 0) throw new Error('data/sample holds no CSV files: run npm run generate-sample');
    for (const f of files) for (const r of parseTidyCsv(readFileSync(f, 'utf8'))) this.rows.set(`${r.metric}|${r.area}|${r.month}`, r);
  }

  row(metric: string, area: string, month: string): Observation | undefined {
    return this.rows.get(`${metric}|${area}|${month}`);
  }

  value(metric: string, area: string, month: string): number {
    const v = this.row(metric, area, month)?.value;
    if (v === null || v === undefined) throw new Error(`no ${metric} ${area} ${month} in the sample`);
    return v;
  }

  /** The sum of a count over the n months to `to`. */
  sum(metric: string, area: string, to: string, n: number): number {
    let total = 0;
    for (let k = 0; k < n; k++) total += this.value(metric, area, shift(to, -k));
    return total;
  }

  /** 100 × Σ numerators / Σ denominators over the 12 months to `to`. */
  rolling(metric: string, area: string, to: string): number {
    let num = 0;
    let den = 0;
    for (let k = 0; k < 12; k++) {
      const r = this.row(metric, area, shift(to, -k));
      num += r?.numerator ?? NaN;
      den += r?.denominator ?? NaN;
    }
    return (100 * num) / den;
  }

  /** The mean of the 36 rolling-12 rates ending 1 … 36 months before `to`. */
  benchmark(metric: string, area: string, to: string): number {
    let total = 0;
    for (let k = 1; k <= 36; k++) total += this.rolling(metric, area, shift(to, -k));
    return total / 36;
  }

  /** The latest month before `to` whose count was at least `to`'s; undefined if none since the first month held. */
  lastAtLeast(metric: string, area: string, to: string): string | undefined {
    const v = this.value(metric, area, to);
    for (let m = shift(to, -1); this.row(metric, area, m); m = shift(m, -1)) if (this.value(metric, area, m) >= v) return m;
    return undefined;
  }

  /** The first month of the run of rising rolling-12 rates that ends at `to`. */
  risingSince(metric: string, area: string, to: string): string {
    let m = to;
    while (this.rolling(metric, area, shift(m, -1)) < this.rolling(metric, area, m)) m = shift(m, -1);
    return m;
  }
}
