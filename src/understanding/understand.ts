import type { CatalogueIndex } from '../domain/catalogue';
import { monthOfDate } from '../domain/month';
import type { AreaMatcher, AreaReading } from './area/area-matcher';
import { extractBreakdown, extractSeriesRequest } from './intent/breakdown-words';
import { extractComparisons } from './intent/comparison-words';
import { detectMeasure, readOrdinal, startsAsFollowUp } from './intent/measure-words';
import type { Lexicon } from './lexicon';
import { readMetric } from './metric/read-metric';
import type { MetricVocabulary } from './metric/metric-vocabulary';
import { stem } from './metric/stem';
import { normalise } from './normalise';
import { extractPeriod } from './period/extract-period';
import { correctMonthTypos } from './period/month-words';
import { Sentence } from './sentence';
import type { Understanding } from './understanding-types';

export interface UnderstandingDeps {
  readonly catalogue: CatalogueIndex;
  readonly vocabulary: MetricVocabulary;
  readonly areas: AreaMatcher;
  readonly lexicon: Lexicon;
}

/**
 * Reads one message. The order matters: comparison words first (so "vs last year" is not read as a
 * period), then breakdown and trend words, then periods, then places; what is left is the metric.
 */
export function understand(raw: string, today: string, deps: UnderstandingDeps): Understanding {
  const text = correctMonthTypos(normalise(raw));
  const sentence = new Sentence(text);
  const measure = detectMeasure(text, deps.lexicon);
  const comparisons = extractComparisons(sentence);
  const breakdown = extractBreakdown(sentence);
  const wantsSeries = extractSeriesRequest(sentence);
  const periods = extractPeriod(sentence, { today, thisMonth: monthOfDate(today) });
  const areas: AreaReading[] = deps.areas.extract(sentence);

  const metricWords: string[] = [];
  const unknownWords: string[] = [];
  for (const word of sentence.words()) {
    if (deps.lexicon.stopwords.has(word) || !/[a-z0-9]/.test(word)) continue;
    if (!deps.vocabulary.knows(stem(word)) && deps.lexicon.measureWords.has(word)) continue;
    const token = stem(word.replace(/'s$/, ''));
    const known = deps.vocabulary.correct(word.replace(/'s$/, ''));
    if (known !== undefined) {
      metricWords.push(known);
      continue;
    }
    const place = deps.areas.correct(word);
    if (place) areas.push(place);
    else unknownWords.push(token);
  }
  const metric = readMetric(deps.vocabulary, metricWords, unknownWords, measure);
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
    ...(measure ? { measure } : {}),
    followUp: startsAsFollowUp(text),
    ...(ordinal !== undefined ? { ordinal } : {}),
    invalidDates: periods.invalid,
    unknownWords,
  };
}
