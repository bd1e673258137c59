import { readFileSync } from 'node:fs';
import * as path from 'node:path';

/** A small, separate reading of the sample CSV files, for expected values worked out apart from the code under test. */
export interface Row {
  readonly value: number;
  readonly numerator: number | null;
  readonly denominator: number | null;
}

const SAMPLE = path.join(__dirname, '..', '..', 'data', 'sample');

/** area → month → row, for one metric's sample file. */
export function sampleRows(metric: string): Map<string, Map<string, Row>> {
  const out = new Map<string, Map<string, Row>>();
  const lines = readFileSync(path.join(SAMPLE, `${metric}.csv`), 'utf8').trim().split('\n').slice(1);
  for (const line of lines) {
    const [, area = '', month = '', value = '', numerator = '', denominator = ''] = line.split(',');
    let byMonth = out.get(area);
    if (!byMonth) out.set(area, (byMonth = new Map()));
    byMonth.set(month, { value: Number(value), numerator: numerator === '' ? null : Number(numerator), denominator: denominator === '' ? null : Number(denominator) });
  }
  return out;
}

/** The months from `from` to `to` inclusive (YYYY-MM). */
export function months(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key === to) return out;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
}

/** Σ of a count over months. */
export function total(rows: Map<string, Map<string, Row>>, area: string, from: string, to: string): number {
  return months(from, to).reduce((s, m) => s + (rows.get(area)?.get(m)?.value ?? NaN), 0);
}

/** Σnumerator / Σdenominator over months, in percent, with its parts. */
export function rate(rows: Map<string, Map<string, Row>>, area: string, from: string, to: string): { value: number; numerator: number; denominator: number } {
  let n = 0;
  let d = 0;
  for (const m of months(from, to)) {
    const r = rows.get(area)?.get(m);
    n += r?.numerator ?? NaN;
    d += r?.denominator ?? NaN;
  }
  return { value: (100 * n) / d, numerator: n, denominator: d };
}

export const DISTRICTS = ['peterborough', 'fenland', 'cambridge', 'south_cambridgeshire', 'east_cambridgeshire', 'huntingdonshire'] as const;

/** Residents at Census 2021, as ../shared/spec/population.md gives them. */
export const RESIDENTS: Readonly<Record<string, number>> = {
  peterborough: 215669, fenland: 102465, cambridge: 145681, south_cambridgeshire: 162106, east_cambridgeshire: 87769, huntingdonshire: 180834,
};
