import type { CatalogueIndex } from '../domain/catalogue';
import type { AreaMatcher } from './area/area-matcher';
import { readOrdinal, startsAsFollowUp } from './intent/measure-words';
import type { Lexicon } from './lexicon';
import type { MetricVocabulary } from './metric/metric-vocabulary';
import { normalise } from './normalise';
import { expandAbbreviations } from './abbreviations';
import { correctMonthTypos } from './period/month-words';
import { correctReadingTypos } from './reading-typos';
import { stem } from './metric/stem';
import { Sentence } from './sentence';
import { EXTRACTORS } from './extractors/extractor-list';
import type { ReadingDraft } from './extractors/extractor';
import { readMetricPart } from './extractors/metric-words';
import type { Understanding } from './understanding-types';

export interface UnderstandingDeps {
  readonly catalogue: CatalogueIndex;
  /** The force's own figures. */
  readonly vocabulary: MetricVocabulary;
  /** The public police.uk figures, when the catalogue has them. */
  readonly publishedVocabulary?: MetricVocabulary;
  readonly areas: AreaMatcher;
  readonly lexicon: Lexicon;
}

/** A word some list already knows: never corrected to another. */
function knownWord(word: string, deps: UnderstandingDeps): boolean {
  const l = deps.lexicon;
  return l.stopwords.has(word) || l.measureWords.has(word) || l.countNouns.has(word) || l.notTypos.has(word) || deps.vocabulary.knows(stem(word)) || (deps.publishedVocabulary?.knows(stem(word)) ?? false);
}

/**
 * Reads one message: the extractors in order (extractors/extractor-list.ts), each taking the words
 * it understands; what is left is the metric, filler, or uncovered words that the reply must own up to.
 */
export function understand(raw: string, today: string, deps: UnderstandingDeps): Understanding {
  const text = correctReadingTypos(correctMonthTypos(expandAbbreviations(normalise(raw), deps.lexicon.abbreviations)), deps.lexicon.readingWords, (w) => knownWord(w, deps));
  const draft: ReadingDraft = { text, raw, sentence: new Sentence(text), today, comparisons: [], wantsSeries: false, areas: [], unheld: [], outside: [], excluded: [], versusMonth: false, said: [] };
  for (const extractor of EXTRACTORS) extractor.run(draft, deps);
  const part = readMetricPart(draft, deps);
  const periods = draft.periods;
  const ordinal = readOrdinal(text);
  return {
    text,
    metric: part.metric,
    metricWords: part.metricWords,
    metricTyped: part.metricTyped,
    extraMetrics: part.extraMetrics,
    ...(part.metricJoin ? { metricJoin: part.metricJoin } : {}),
    ...(part.pairs ? { pairs: part.pairs } : {}),
    areas: draft.areas,
    ...(draft.breakdown ? { breakdown: draft.breakdown } : {}),
    ...(periods?.period ? { period: periods.period } : {}),
    extraPeriods: periods?.others ?? [],
    periodJoins: periods?.between ?? [],
    monthOnly: periods?.monthOnly ?? false,
    comparisons: draft.comparisons,
    wantsSeries: draft.wantsSeries,
    ...(draft.ranking ? { ranking: draft.ranking } : {}),
    perHead: (draft.perHead ?? false) || (part.perHead ?? false),
    ...(draft.drivers ? { drivers: draft.drivers } : {}),
    ...(draft.measure ? { measure: draft.measure } : {}),
    ...(draft.source ? { source: draft.source } : {}),
    followUp: startsAsFollowUp(text),
    ...(ordinal !== undefined ? { ordinal } : {}),
    invalidDates: periods?.invalid ?? [],
    unknownWords: part.unknownWords,
    filler: part.filler,
    uncovered: [...draft.excluded, ...part.uncovered],
    versusMonth: draft.versusMonth,
    outsidePlaces: draft.outside,
    unheld: draft.unheld,
    ...(part.broader ? { broader: part.broader } : {}),
    said: draft.said,
  };
}
