import { addMonths, compareMonths, type Month } from '../../domain/month';
import { linearTrend, type Trend } from '../../domain/trend';
import { rolling12Window, pointWindow, type Window } from '../../domain/window';
import type { SeriesPoint } from '../../domain/window-series';
import { noiseChangeSe, trendChangeSe } from '../change-error';
import { INSIGHT_CONFIG } from '../insight-config';
import { SIGNIFICANT_ONE_SIDED, SIGNIFICANT_Z, zOf } from '../significance';
import type { Subject } from '../subject';

export interface LongTrend {
  readonly trend: Trend;
  readonly points: readonly SeriesPoint[];
  readonly window: Window;
  readonly score: number;
}

/**
 * The long-term trend of the rolling-12 figure (a stock's month-end value) over the `trendMonths`
 * months to `to`: the OLS slope with its t-test (`linearTrend`), scored as the fitted change over its
 * standard error from the monthly noise (`trendChangeSe`: rolling-12 figures overlap, so the t-test
 * alone overstates the evidence many times over). Undefined unless both say significant.
 */
export function longTrend(subject: Subject, to: Month): LongTrend | undefined {
  const n = INSIGHT_CONFIG.trendMonths;
  const points = subject.rolling.filter((p) => compareMonths(p.month, to) <= 0).slice(-n);
  const last = points[points.length - 1];
  if (points.length < n || !last || last.month !== to || subject.sigma === undefined) return undefined;
  const trend = linearTrend(points);
  if (!trend || !trend.significant) return undefined;
  const point = subject.metric.aggregation === 'point';
  const se = trendChangeSe(subject.metric, subject.sigma, point ? 'point' : 'rolling12', n);
  const score = zOf(trend.fittedChange, se);
  if (score < SIGNIFICANT_Z) return undefined;
  return { trend, points, window: point ? pointWindow(to) : rolling12Window(to), score };
}

/** The rolling figure's latest step (to `month` from the month before). */
export function latestStep(subject: Subject): { readonly before: SeriesPoint; readonly now: SeriesPoint } | undefined {
  const now = subject.rolling[subject.rolling.length - 1];
  const before = subject.rolling[subject.rolling.length - 2];
  if (!now || !before || now.month !== subject.month) return undefined;
  return { before, now };
}

export interface Halt {
  readonly prior: LongTrend;
  /** This month's step of the rolling figure, against the trend. */
  readonly move: number;
  /** How far the step departs from the trend's monthly slope, over a one-month step's error. */
  readonly stepZ: number;
}

/**
 * A long-term trend to last month that this month's step goes against, by more than chance
 * (SIGNIFICANT_ONE_SIDED: the direction is the trend's opposite, so one-sided).
 */
export function haltAt(subject: Subject): Halt | undefined {
  if (subject.sigma === undefined) return undefined;
  const prior = longTrend(subject, addMonths(subject.month, -1));
  const step = latestStep(subject);
  if (!prior || !step) return undefined;
  const move = step.now.value - step.before.value;
  const against = prior.trend.slope < 0 ? move > 0 : move < 0;
  const kind = subject.metric.aggregation === 'point' ? 'point' : 'rolling12';
  const stepZ = zOf(move - prior.trend.slope, noiseChangeSe(subject.metric, subject.sigma, kind, 1));
  return against && stepZ >= SIGNIFICANT_ONE_SIDED ? { prior, move, stepZ } : undefined;
}
