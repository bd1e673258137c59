import type { ChangeUnit } from '../domain/comparisons';
import type { Month } from '../domain/month';
import type { Window } from '../domain/window';

export type HeadlineKind =
  | 'highest_since' | 'lowest_since'
  | 'n_month_high' | 'n_month_low'
  | 'vs_fy_end' | 'vs_last_year' | 'vs_last_month'
  | 'new_series' | 'stable'
  | 'trend' | 'trend_halted'
  | 'rising' | 'falling'
  | 'spc_signal'
  | 'area_divergence'
  | 'concentrated_change'
  | 'vs_benchmark';

export type Judgement = 'good' | 'bad' | 'neutral';

/**
 * How a finding reads: `figure` clauses follow the figure ("955 in January 2020, the highest monthly
 * total since March 2018"); `statement` clauses stand on their own ("the long-term trend continues
 * upwards").
 */
export type ClauseForm = 'figure' | 'statement';

/** One thing worth saying about one metric in one area in one month. */
export interface Candidate {
  readonly metric: string;
  readonly area: string;
  readonly kind: HeadlineKind;
  readonly month: Month;
  /** The figure the finding is about, in the metric's unit, over `window`. */
  readonly value: number;
  readonly window: Window;
  /**
   * The month the finding reaches back to: the last month a record was reached (or the series'
   * start), the month compared with, the first month of a run, a trend or a control-chart baseline.
   */
  readonly since?: Month;
  readonly change?: number;
  readonly changeUnit?: ChangeUnit;
  /** The district a concentrated change comes from. */
  readonly part?: string;
  /** Its share of the change (0 … 1). */
  readonly share?: number;
  readonly good: Judgement;
  /**
   * Significance as a z-value (a standard normal quantile), comparable across kinds: how unlikely
   * the finding would be if nothing had changed. See `significance.ts`.
   */
  readonly score: number;
  readonly form: ClauseForm;
  /**
   * Whether the finding is about a lasting state (a trend that continues, a run of months) rather
   * than news of this month (a record, a limit crossed, a change, a trend halted).
   */
  readonly lasting: boolean;
  /** The finding as a clause, without the metric's name or figure. */
  readonly clause: string;
  /** The finding as a sentence of its own. */
  readonly text: string;
}

/** A digest line: the best findings about one metric in one area, merged into one sentence. */
export interface Headline {
  readonly metric: string;
  readonly area: string;
  /** The kind, figure and score of the leading finding. */
  readonly kind: HeadlineKind;
  readonly month: Month;
  readonly value: number;
  readonly since?: Month;
  readonly change?: number;
  readonly changeUnit?: ChangeUnit;
  readonly good: Judgement;
  readonly score: number;
  readonly strategic: boolean;
  readonly text: string;
  /** The findings behind the sentence, best first. */
  readonly findings: readonly Candidate[];
}

export type Digest =
  | { readonly kind: 'headlines'; readonly month: Month; readonly area?: string; readonly headlines: readonly Headline[] }
  | { readonly kind: 'nothing_unusual'; readonly month: Month; readonly area?: string; readonly text: string }
  | { readonly kind: 'no_data'; readonly month: Month; readonly area?: string; readonly text: string };
