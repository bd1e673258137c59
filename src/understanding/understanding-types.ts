import type { ComparisonKind } from '../domain/comparisons';
import type { Metric, Unit } from '../domain/catalogue-types';
import type { AreaReading } from './area/area-matcher';
import type { Breakdown } from './intent/breakdown-words';
import type { DriversAsk } from './intent/driver-words';
import type { RankingAsk } from './intent/ranking-words';
import type { SourceWanted } from './intent/source-words';
import type { PeriodReading } from './period/period-spec';
import type { Said } from './extractors/extractor';
import type { MetricPlaces } from './extractors/metric-place-pairs';

export type MetricReading =
  /** One metric clearly fits. `generic`: only words many metrics share ("rate", "outcomes"). */
  | { readonly kind: 'found'; readonly metric: Metric; readonly score: number; readonly generic: boolean }
  /** Several fit about as well; best first. */
  | { readonly kind: 'ambiguous'; readonly options: readonly Metric[]; readonly generic: boolean }
  /** Words, but about nothing in the catalogue; the nearest metrics, if any. */
  | { readonly kind: 'none'; readonly suggestions: readonly Metric[] }
  /** No words left for a metric at all (a follow-up such as "and North?"). */
  | { readonly kind: 'empty' };

/** What one message says, before the conversation fills in what it leaves out. */
export interface Understanding {
  readonly text: string;
  readonly metric: MetricReading;
  /** Stemmed catalogue words read as the metric, for scoring clarification answers. */
  readonly metricWords: readonly string[];
  /** Those words as the question typed them ("burgalry" for burglary), so the reading can show them. */
  readonly metricTyped?: readonly string[];
  /** Further metrics named with "and" / "or" ("burglary and robbery"): answered side by side, never dropped. */
  readonly extraMetrics: readonly Metric[];
  readonly metricJoin?: 'and' | 'or';
  /** "burglary in Cambridge and robbery in Peterborough": each metric at the places its part named. */
  readonly pairs?: readonly MetricPlaces[];
  readonly areas: readonly AreaReading[];
  readonly breakdown?: Breakdown;
  readonly period?: PeriodReading;
  readonly extraPeriods: readonly PeriodReading[];
  /** The words between one period and the next ("vs", "and", "or"). */
  readonly periodJoins: readonly string[];
  readonly monthOnly: boolean;
  readonly comparisons: readonly ComparisonKind[];
  readonly wantsSeries: boolean;
  /** "which district has the most …", "top 3 …": the places ranked. */
  readonly ranking?: RankingAsk;
  /** "per head", "per 1,000", "crime rate": a count per 1,000 residents. */
  readonly perHead: boolean;
  /** "why is … up", "what's driving …": the change split into its parts. */
  readonly drivers?: DriversAsk;
  readonly measure?: Unit;
  /** The question asked for the public police.uk figures. */
  readonly source?: SourceWanted;
  readonly followUp: boolean;
  readonly ordinal?: number;
  /** Dates that cannot exist, quoted back to the user. */
  readonly invalidDates: readonly string[];
  /** Words nothing understood. */
  readonly unknownWords: readonly string[];
  /** Filler words the question held ("what", "is", "the", "please"). */
  readonly filler: readonly string[];
  /** Words the reading does not account for (a detail the catalogue does not hold). */
  readonly uncovered: readonly string[];
  /** A month after "vs" that is not the month before ("burglary vs March"): compare with that month. */
  readonly versusMonth: boolean;
  /** Places the force does not cover. */
  readonly outsidePlaces: readonly string[];
  /** Grains and spans the store does not hold ("this week", "next month"). */
  readonly unheld: readonly string[];
  /** The narrower thing named when the metric read is broader ("rape" for sexual offences). */
  readonly broader?: string;
  /** What each span of the question was read as. */
  readonly said: readonly Said[];
}
