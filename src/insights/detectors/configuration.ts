import type { Detector } from '../detector';
import type { HeadlineKind } from '../headline-types';
import { areaDivergenceDetector } from './area-divergence';
import { concentratedChangeDetector } from './concentrated-change';
import { monthOnMonthDetector } from './month-on-month';
import { newSeriesDetector } from './new-series';
import { nMonthExtremeDetector } from './n-month-extreme';
import { recordSinceDetector } from './record-since';
import { runDetector } from './run';
import { stableDetector } from './stable';
import { spcLimitsDetector } from './spc-limits';
import { spcRunDetector } from './spc-run';
import { trendDetector } from './trend';
import { trendHaltedDetector } from './trend-halted';
import { vsFyEndDetector } from './vs-fy-end';
import { vsLastYearDetector } from './vs-last-year';

/**
 * Every detector, in the order their findings are told when merged into one sentence. The order is
 * the paper's: the figure's standing first ("the highest monthly total since March 2018", then the
 * weaker "highest of the last 12 months"), then how it compares with March year end and a year ago,
 * then its recent path (runs, control-chart signals, the other area), and last the long-term trend,
 * which reads as a clause of its own ("the long-term trend continues upwards").
 */
export const DETECTORS: readonly Detector[] = [
  newSeriesDetector,
  recordSinceDetector('highest'),
  recordSinceDetector('lowest'),
  nMonthExtremeDetector('highest'),
  nMonthExtremeDetector('lowest'),
  monthOnMonthDetector,
  stableDetector,
  vsFyEndDetector,
  vsLastYearDetector,
  runDetector,
  spcLimitsDetector,
  spcRunDetector,
  areaDivergenceDetector,
  concentratedChangeDetector,
  trendHaltedDetector,
  trendDetector,
];

/** The order findings of each kind are told in within one sentence (the detectors' order). */
export const KIND_ORDER: readonly HeadlineKind[] = [
  'new_series', 'highest_since', 'lowest_since', 'n_month_high', 'n_month_low', 'vs_last_month', 'stable', 'vs_fy_end', 'vs_last_year',
  'rising', 'falling', 'spc_signal', 'area_divergence', 'concentrated_change', 'trend_halted', 'trend', 'vs_benchmark',
];

/**
 * Kinds told only in the headlines, never in the strategic paragraphs: the paper's 3.1 tells a
 * measure against March year end, its records and its trends, not against last month, and a
 * strategic measure is never new.
 */
export const HEADLINE_ONLY_KINDS: ReadonlySet<HeadlineKind> = new Set(['vs_last_month', 'stable', 'new_series']);
