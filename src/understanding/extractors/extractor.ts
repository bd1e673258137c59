import type { ComparisonKind } from '../../domain/comparisons';
import type { Unit } from '../../domain/catalogue-types';
import type { AreaReading } from '../area/area-matcher';
import type { Breakdown } from '../intent/breakdown-words';
import type { DriversAsk } from '../intent/driver-words';
import type { RankingAsk } from '../intent/ranking-words';
import type { SourceWanted } from '../intent/source-words';
import type { PeriodExtraction } from '../period/extract-period';
import type { Sentence } from '../sentence';
import type { UnderstandingDeps } from '../understand';

/** What part of a question a span was read as, for the "Read as" line and `reading.understood`. */
export type SaidRole = 'metric' | 'area' | 'period' | 'comparison' | 'breakdown' | 'series' | 'source' | 'grain' | 'outside' | (string & {});

export interface Said {
  readonly role: SaidRole;
  readonly text: string;
}

/**
 * A reading being built: each extractor in turn takes the words it understands from `sentence`
 * and fills its part. What no extractor takes is left for the metric, or is filler, or is uncovered.
 * New kinds of reading add an optional field here and an extractor to the list.
 */
export interface ReadingDraft {
  /** The normalised message (month typos corrected). */
  readonly text: string;
  /** The message as typed (for capitals: "in Bedford" names a place). */
  readonly raw: string;
  readonly sentence: Sentence;
  readonly today: string;
  measure?: Unit;
  comparisons: ComparisonKind[];
  breakdown?: Breakdown;
  wantsSeries: boolean;
  source?: SourceWanted;
  periods?: PeriodExtraction;
  areas: AreaReading[];
  /** Time grains and spans the store does not hold ("this week", "yesterday", "next month"). */
  unheld: string[];
  /** Places outside the force ("Norwich", "Bedford"). */
  outside: string[];
  /** Parts taken out ("excluding shoplifting"): the store holds no such figure. */
  excluded: string[];
  /** A month after "vs" that is not the month before: the question compares with that month. */
  versusMonth: boolean;
  /** What each span was read as, in the order read. */
  said: Said[];
  ranking?: RankingAsk;
  perHead?: boolean;
  drivers?: DriversAsk;
}

export interface Extractor {
  readonly name: string;
  run(draft: ReadingDraft, deps: UnderstandingDeps): void;
}

/** A span as the question typed it ("Norwich", not "norwich"), where it can be found. */
export function asTyped(draft: ReadingDraft, text: string): string {
  const i = draft.raw.toLowerCase().indexOf(text);
  return i >= 0 ? draft.raw.slice(i, i + text.length) : text;
}

/** Takes every match of a pattern, noting what it was read as; returns the texts taken. */
export function takeAll(draft: ReadingDraft, pattern: RegExp, role: SaidRole): string[] {
  const found: string[] = [];
  draft.sentence.scan(pattern, (m) => {
    const text = asTyped(draft, m[0].trim());
    found.push(text);
    draft.said.push({ role, text });
    return true;
  });
  return found;
}
