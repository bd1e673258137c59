import { compareMonths, type Month } from '../../domain/month';
import type { SeriesPoint } from '../../domain/window-series';
import { INSIGHT_CONFIG } from '../insight-config';
import { meanOf, noiseSigma } from '../significance';
import type { Subject } from '../subject';

export interface Baseline {
  readonly mean: number;
  readonly sigma: number;
  readonly points: readonly SeriesPoint[];
}

/**
 * An XmR chart's centre line and sigma (at least the subject's noise floor) from the `spcBaselineMonths` seasonally adjusted calendar
 * months before `before` (so a January is judged against Januaries). Statistical process control
 * reads independent months, so only metrics reported by the month have one (a rolling-12 figure or
 * a stock is autocorrelated by construction).
 */
export function baselineBefore(subject: Subject, before: Month): Baseline | undefined {
  if (subject.window.kind !== 'month') return undefined;
  const n = INSIGHT_CONFIG.spcBaselineMonths;
  const points = subject.adjusted.filter((p) => compareMonths(p.month, before) < 0).slice(-n);
  if (points.length < n) return undefined;
  const sigma = noiseSigma(points);
  return sigma === undefined ? undefined : { mean: meanOf(points), sigma: Math.max(sigma, subject.floor ?? 0), points };
}

/** The subject's month, seasonally adjusted. */
export function adjustedNow(subject: Subject): number | undefined {
  const last = subject.adjusted[subject.adjusted.length - 1];
  return last && last.month === subject.month ? last.value : undefined;
}
