import type { SeriesPoint } from '../domain/window-series';

/**
 * Every finding is scored as a z-value: the standard normal quantile of how unlikely it would be if
 * nothing had changed. A change is its size over its standard error; an event with probability p
 * (a record, a run) scores probit(1 - p). So 1.64 is "one chance in twenty", 2 is about one in 44,
 * 3 about one in 740, whatever the kind. A change, a trend or a gap counts whichever way it goes,
 * so its threshold is the two-sided 5% point, 1.96.
 */
export const SIGNIFICANT_Z = 1.96;
/** One-sided 5%: for a finding whose direction is fixed beforehand (a halt goes against its trend). */
export const SIGNIFICANT_ONE_SIDED = 1.64;

/** The XmR chart constant d2 for moving ranges of two: sigma = mean moving range / 1.128. */
const D2 = 1.128;

/** Inverse of the standard normal distribution function (Acklam's approximation, |error| < 1.2e-9). */
export function probit(p: number): number {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const poly = (k: readonly number[], x: number) => k.reduce((acc, v) => acc * x + v, 0);
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return poly(c, q) / (poly(d, q) * q + 1);
  }
  if (p > 1 - low) return -probit(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (poly(a, r) * q) / (poly(b, r) * r + 1);
}

/** The z-value of an event of probability `p` (capped, so a certainty does not score infinity). */
export function zOfChance(p: number): number {
  return Math.min(6, Math.max(0, probit(1 - p)));
}

/**
 * The month-to-month noise of a series: the XmR estimate of its standard deviation (mean moving
 * range / 1.128), robust to slow drift. Undefined with fewer than 6 points or no variation.
 */
export function noiseSigma(points: readonly SeriesPoint[]): number | undefined {
  if (points.length < 6) return undefined;
  let total = 0;
  for (let i = 1; i < points.length; i++) total += Math.abs((points[i]?.value ?? 0) - (points[i - 1]?.value ?? 0));
  const sigma = total / (points.length - 1) / D2;
  return sigma > 0 ? sigma : undefined;
}

/** Mean of the values. */
export function meanOf(points: readonly SeriesPoint[]): number {
  return points.reduce((s, p) => s + p.value, 0) / Math.max(1, points.length);
}

/**
 * Standard error, in percentage points, of the difference of two independent proportions
 * (numerator / denominator each): the two-proportion test without pooling.
 */
export function twoProportionSe(n1: number, d1: number, n2: number, d2: number): number | undefined {
  if (d1 <= 0 || d2 <= 0) return undefined;
  const p1 = n1 / d1;
  const p2 = n2 / d2;
  return 100 * Math.sqrt((p1 * (1 - p1)) / d1 + (p2 * (1 - p2)) / d2);
}

/** Size over standard error; 0 when the error is unknown. */
export function zOf(change: number, se: number | undefined): number {
  return se !== undefined && se > 0 ? Math.min(20, Math.abs(change) / se) : 0;
}
