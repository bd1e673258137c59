import type { Area, Metric } from '../domain/catalogue-types';
import type { Comparison, ComparisonKind } from '../domain/comparisons';
import type { Month } from '../domain/month';
import type { Trend } from '../domain/trend';
import type { Window } from '../domain/window';
import type { SeriesPoint } from '../domain/window-series';
import type { PopulationFigure } from '../domain/population';
import type { Query } from '../understanding/query';
import type { DriversView } from './drivers';
import type { RankingView } from './rank-places';

export interface AnswerResult {
  readonly metric: Metric;
  readonly area: Area;
  readonly window: Window;
  readonly value: number | null;
  readonly numerator?: number;
  readonly denominator?: number;
  /** Every comparison the store can make (previous, last_year, fy_end, benchmark). */
  readonly comparisons: readonly Comparison[];
  /** The 13 windows ending at the window's end (or the months of a median's window). */
  readonly series: readonly SeriesPoint[];
  /** The rolling-12 trend over 24 months, where the data holds it. */
  readonly trend?: Trend;
  /** A count per 1,000 residents, and the residents it divides by. */
  readonly perHead?: { readonly per1000: number; readonly population: PopulationFigure };
  /** Its place in a ranking (1 = first named). */
  readonly rank?: number;
}

export interface ClarifyOption {
  readonly metric: Metric;
  readonly area: Area;
  readonly label: string;
}

export type NoDataReason = 'after_data' | 'before_data' | 'gap' | 'level' | 'no_series' | 'grain' | 'fy_not_started';

/** What the question was read as (ask-contract.md, "Answer only what was asked"). */
export interface Reading {
  readonly metric: string;
  readonly metrics: readonly string[];
  readonly areas: readonly string[];
  readonly window?: string;
  readonly from?: string;
  readonly to?: string;
  readonly comparisons: readonly ComparisonKind[];
  /** The parts of the question read, as said: "dwelling burglary outcome rate · South · last month". */
  readonly understood: string;
  /** Filler words only. */
  readonly ignored: readonly string[];
  /** What the reply must say before its figures: a town read as its district ("I hold figures by district: St Ives is in Huntingdonshire."). */
  readonly notes?: readonly string[];
  /** One short line for people: "Read as: Robbery offences · Cambridgeshire · January 2020." */
  readonly line: string;
}

export type Reply =
  | {
      readonly kind: 'answer';
      readonly question: string;
      readonly query: Query;
      readonly results: readonly AnswerResult[];
      /** The comparisons the question asked for, first in the text. */
      readonly asked: readonly ComparisonKind[];
      readonly seriesAsked: boolean;
      /** The latest month of data behind the answer ("data to end of January 2020"). */
      readonly dataTo: Month;
      /** "which district has the most …": how the results are ordered. */
      readonly ranking?: RankingView;
      /** "why is … up": the change split by place (and crime type). */
      readonly drivers?: DriversView;
      /** A rate per head was asked of a figure that has none (a percentage, a median). */
      readonly perHeadUnavailable?: boolean;
      /** What drove a change was asked, but the change cannot be split (a district, a median). */
      readonly driversUnavailable?: boolean;
      readonly reading?: Reading;
    }
  | {
      readonly kind: 'clarify';
      readonly question: string;
      readonly options: readonly ClarifyOption[];
      readonly reason: 'metric' | 'period';
    }
  | {
      readonly kind: 'no_data';
      readonly question: string;
      readonly query: Query;
      readonly metric: Metric;
      readonly area: Area;
      readonly reason: NoDataReason;
      readonly window?: Window;
      readonly latest?: Month;
      readonly earliest?: Month;
      /** For `level`: the area levels the metric has, and a reading at one of them to offer. */
      readonly levels?: readonly string[];
      readonly alternative?: ClarifyOption;
      /** For `grain`: the words asking for a grain or span not held. */
      readonly detail?: string;
      readonly reading?: Reading;
    }
  | {
      readonly kind: 'unknown';
      readonly question: string;
      readonly suggestions: readonly Metric[];
      readonly reason: 'not_a_metric' | 'empty' | 'too_long' | 'invalid_date' | 'unsupported_detail' | 'outside_force';
      /** For `invalid_date`: the date as written. */
      readonly detail?: string;
      /** For `unsupported_detail`: the words the catalogue does not hold; for `outside_force`: the places. */
      readonly unsupported?: readonly string[];
      /** For `unsupported_detail`: how the rest of the question reads ("crime"). */
      readonly rest?: string;
    };
