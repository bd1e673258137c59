import type { SeriesPoint } from './window-series';

/**
 * Long-term trend: the ordinary least-squares slope of a series (normally the rolling-12 figure over
 * 24 months), with a t-test of the slope against zero. Significant when |t| exceeds the two-sided
 * 5% critical value for n-2 degrees of freedom and the fitted change over the span is at least
 * `minRelativeChange` of the mean (so a tiny but steady drift of a big total is not called a trend).
 */
export interface Trend {
  readonly method: 'ols-slope-t-test';
  readonly points: number;
  /** Units per month. */
  readonly slope: number;
  readonly t: number;
  /** The fitted change from the first point to the last. */
  readonly fittedChange: number;
  readonly direction: 'up' | 'down' | 'flat';
  readonly significant: boolean;
}

/** Two-sided 5% critical values of Student's t, by degrees of freedom (large df tends to 1.96). */
function tCritical(df: number): number {
  const table: readonly [number, number][] = [[1, 12.71], [2, 4.3], [3, 3.18], [4, 2.78], [5, 2.57], [6, 2.45], [8, 2.31], [10, 2.23], [12, 2.18], [15, 2.13], [20, 2.09], [22, 2.07], [30, 2.04], [60, 2.0]];
  for (const [d, t] of table) if (df <= d) return t;
  return 1.96;
}

export function linearTrend(series: readonly SeriesPoint[], minRelativeChange = 0.02): Trend | undefined {
  const n = series.length;
  if (n < 6) return undefined;
  const ys = series.map((p) => p.value);
  const xMean = (n - 1) / 2;
  const yMean = ys.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  ys.forEach((y, x) => {
    sxx += (x - xMean) ** 2;
    sxy += (x - xMean) * (y - yMean);
  });
  const slope = sxy / sxx;
  let sse = 0;
  ys.forEach((y, x) => {
    sse += (y - (yMean + slope * (x - xMean))) ** 2;
  });
  const se = Math.sqrt(sse / (n - 2) / sxx);
  const t = se > 0 ? slope / se : slope === 0 ? 0 : Math.sign(slope) * Infinity;
  const fittedChange = slope * (n - 1);
  const bigEnough = yMean !== 0 ? Math.abs(fittedChange) >= Math.abs(yMean) * minRelativeChange : fittedChange !== 0;
  const significant = Math.abs(t) > tCritical(n - 2) && bigEnough;
  const direction = !significant ? 'flat' : slope > 0 ? 'up' : 'down';
  return { method: 'ols-slope-t-test', points: n, slope, t, fittedChange, direction, significant };
}
