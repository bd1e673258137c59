import type { CatalogueIndex } from '../domain/catalogue';
import { monthOfDate } from '../domain/month';
import type { AreaMatcher, AreaReading } from './area/area-matcher';
import { extractBreakdown, extractSeriesRequest } from './intent/breakdown-words';
import { extractComparisons } from './intent/comparison-words';
import { extractDrivers } from './intent/driver-words';
import { extractPerHead } from './intent/per-head-words';
import { extractRanking } from './intent/ranking-words';
import { detectMeasure, readOrdinal, startsAsFollowUp } from './intent/measure-words';
import type { Lexicon } from './lexicon';
import { readMetricAcrossSources } from './metric/read-across-sources';
import { extractSource } from './intent/source-words';
import type { MetricVocabulary } from './metric/metric-vocabulary';
import { stem } from './metric/stem';
import { normalise } from './normalise';
import { extractPeriod } from './period/extract-period';
import { correctMonthTypos } from './period/month-words';
import { Sentence } from './sentence';
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

/** The catalogue word a word stands for: exact in either vocabulary first, then a typo of one. */
function knownWord(word: string, deps: UnderstandingDeps): string | undefined {
  const token = stem(word);
  if (deps.vocabulary.knows(token) || deps.publishedVocabulary?.knows(token)) return token;
  return deps.vocabulary.correct(word) ?? deps.publishedVocabulary?.correct(word);
}

/**
 * Reads one message. The order matters: comparison words first (so "vs last year" is not read as a
 * period), then breakdown and trend words, then periods, then places; what is left is the metric.
 */
export function understand(raw: string, today: string, deps: UnderstandingDeps): Understanding {
  const text = correctMonthTypos(normalise(raw));
  const sentence = new Sentence(text);
  // What drives a change, then rates per head, then rankings: each takes its own words first.
  const drivers = extractDrivers(sentence);
  const perHead = extractPerHead(sentence);
  const ranking = extractRanking(sentence);
  // A rate per head is of a count: "crime rate" is not a call for a percentage.
  const measure = perHead === 'crime_rate' ? 'count' : detectMeasure(text, deps.lexicon);
  const comparisons = extractComparisons(sentence);
  const breakdown = extractBreakdown(sentence);
  const wantsSeries = extractSeriesRequest(sentence);
  const source = extractSource(sentence);
  const periods = extractPeriod(sentence, { today, thisMonth: monthOfDate(today) });
  const areas: AreaReading[] = deps.areas.extract(sentence);

  const metricWords: string[] = [];
  const unknownWords: string[] = [];
  for (const word of sentence.words()) {
    if (deps.lexicon.stopwords.has(word) || !/[a-z0-9]/.test(word)) continue;
    if (!deps.vocabulary.knows(stem(word)) && !deps.publishedVocabulary?.knows(stem(word)) && deps.lexicon.measureWords.has(word)) continue;
    const token = stem(word.replace(/'s$/, ''));
    const known = knownWord(word.replace(/'s$/, ''), deps);
    if (known !== undefined) {
      metricWords.push(known);
      continue;
    }
    const place = deps.areas.correct(word);
    if (place) areas.push(place);
    else unknownWords.push(token);
  }
  const metric = readMetricAcrossSources(deps.vocabulary, deps.publishedVocabulary, metricWords, unknownWords, measure, source);
  const ordinal = readOrdinal(text);
  return {
    text,
    metric,
    metricWords,
    areas,
    ...(breakdown ? { breakdown } : {}),
    ...(periods.period ? { period: periods.period } : {}),
    extraPeriods: periods.others,
    monthOnly: periods.monthOnly,
    comparisons,
    wantsSeries,
    ...(ranking ? { ranking } : {}),
    perHead: perHead !== undefined,
    ...(drivers ? { drivers } : {}),
    ...(measure ? { measure } : {}),
    ...(source ? { source } : {}),
    followUp: startsAsFollowUp(text),
    ...(ordinal !== undefined ? { ordinal } : {}),
    invalidDates: periods.invalid,
    unknownWords,
  };
}
