import type { Metric } from '../domain/catalogue-types';
import type { WindowKind } from '../domain/window';
import type { WindowFigure } from '../domain/window-value';
import { twoProportionSe } from './significance';

/**
 * The standard error of the change between two figures of the same window kind `lag` months apart,
 * scaled from the month-to-month noise `sigma` of the monthly series:
 * - a calendar month against another: two independent months, sigma × √2;
 * - a rolling-12 figure: the change swaps min(lag, 12) months in for as many out, sigma × √(2m)
 *   for a total, and a twelfth of that for a rate (a rolling rate is about the mean of its months);
 * - a month-end stock moves like a random walk: sigma × √lag.
 */
export function noiseChangeSe(metric: Metric, sigma: number, kind: WindowKind, lag: number): number {
  switch (kind) {
    case 'rolling12': {
      const m = Math.min(Math.max(lag, 1), 12);
      return (metric.aggregation === 'ratio' ? sigma / 12 : sigma) * Math.sqrt(2 * m);
    }
    case 'point': return sigma * Math.sqrt(Math.max(lag, 1));
    default: return sigma * Math.SQRT2;
  }
}

/**
 * The standard error of a change between two windows' figures: the larger of the noise-scaled error
 * and, for rates, the two-proportion test's error from the numerators and denominators.
 */
export function changeSe(metric: Metric, sigma: number | undefined, kind: WindowKind, lag: number, now: WindowFigure, then: WindowFigure): number | undefined {
  const noise = sigma !== undefined ? noiseChangeSe(metric, sigma, kind, lag) : undefined;
  const binomial = metric.aggregation === 'ratio' && now.numerator !== undefined && now.denominator !== undefined && then.numerator !== undefined && then.denominator !== undefined
    ? twoProportionSe(now.numerator, now.denominator, then.numerator, then.denominator)
    : undefined;
  if (noise === undefined) return binomial;
  return binomial === undefined ? noise : Math.max(noise, binomial);
}

/**
 * How much the OLS fitted change over `n` months of a series moves for unit noise in its months:
 * the fitted change is a weighted sum of the monthly noise terms, and this is the root of the sum
 * of the squared weights. A rolling-12 figure at month t holds the months t-11 … t; a stock (a random
 * walk) holds every step up to t.
 */
function olsChangeFactor(n: number, months: number): number {
  const mid = (n - 1) / 2;
  let sxx = 0;
  for (let t = 0; t < n; t++) sxx += (t - mid) ** 2;
  const weights = new Map<number, number>();
  for (let t = 0; t < n; t++) {
    const first = months === Infinity ? 1 : t - months + 1;
    for (let i = first; i <= t; i++) weights.set(i, (weights.get(i) ?? 0) + (t - mid) / sxx);
  }
  let sum = 0;
  for (const w of weights.values()) sum += w * w;
  return (n - 1) * Math.sqrt(sum);
}

/** The standard error of a long-term trend's fitted change over `n` rolling-12 figures (or stock values). */
export function trendChangeSe(metric: Metric, sigma: number, kind: 'rolling12' | 'point', n: number): number {
  if (kind === 'point') return sigma * olsChangeFactor(n, Infinity);
  return (metric.aggregation === 'ratio' ? sigma / 12 : sigma) * olsChangeFactor(n, 12);
}
