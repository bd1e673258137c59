import { monthNumber } from '../domain/month';
import { gaussian } from './rng';
import { MONTHS } from './leaf-data';

/** How a count moves: its force-level size, seasonality, long-term drift and noise. */
export interface CountShape {
  /** Force-level monthly figure at the start. */
  readonly base: number;
  /** Seasonal swing as a fraction, and the month (1–12) it peaks. */
  readonly season?: number;
  readonly peak?: number;
  /** Change per year as a fraction (+0.08 is 8% a year). */
  readonly drift?: number;
  /** Noise as a fraction (standard deviation). */
  readonly noise?: number;
  /** Shares of the leaves (sum to 1); default: equal. */
  readonly shares?: readonly number[];
  /** No data before this month index (zeros). */
  readonly startAt?: number;
}

/** Largest-remainder rounding: whole numbers that add up to the rounded total. */
export function apportion(totalValue: number, shares: readonly number[]): number[] {
  const sum = shares.reduce((a, b) => a + b, 0);
  const raw = shares.map((s) => (totalValue * s) / sum);
  const out = raw.map(Math.floor);
  let left = Math.round(totalValue) - out.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => ({ i, frac: r - Math.floor(r) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; left > 0 && order.length > 0; k = (k + 1) % order.length, left--) {
    const o = order[k];
    if (o) out[o.i] = (out[o.i] ?? 0) + 1;
  }
  return out;
}

/** Leaf-by-month whole numbers with the shape's total, each leaf noisy on its own. */
export function countLeaves(shape: CountShape, leafCount: number, rng: () => number, min = 0): number[][] {
  const shares = shape.shares ?? new Array<number>(leafCount).fill(1 / leafCount);
  const leaves: number[][] = Array.from({ length: leafCount }, () => []);
  MONTHS.forEach((month, m) => {
    const seasonal = 1 + (shape.season ?? 0) * Math.cos((2 * Math.PI * (monthNumber(month) - (shape.peak ?? 1))) / 12);
    const drift = (1 + (shape.drift ?? 0)) ** (m / 12);
    const level = shape.base * seasonal * drift;
    const jittered = shares.map((s) => Math.max(0, s * (1 + (shape.noise ?? 0.05) * gaussian(rng))));
    const values = apportion(level * (1 + ((shape.noise ?? 0.05) / 2) * gaussian(rng)), jittered);
    values.forEach((v, i) => {
      const row = leaves[i];
      if (row) row[m] = shape.startAt !== undefined && m < shape.startAt ? 0 : Math.max(min, v);
    });
  });
  return leaves;
}

/** A numerator for each leaf and month: the denominator times a rate (a fraction) that may move by month. */
export function numeratorLeaves(den: readonly number[][], rate: (m: number, leaf: number) => number, rng: () => number, noise = 0.04): number[][] {
  return den.map((row, leaf) => row.map((d, m) => Math.min(d, Math.max(0, Math.round(d * rate(m, leaf) * (1 + noise * gaussian(rng)))))));
}
