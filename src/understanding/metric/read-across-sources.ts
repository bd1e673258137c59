import type { Unit } from '../../domain/catalogue-types';
import type { SourceWanted } from '../intent/source-words';
import type { MetricReading } from '../understanding-types';
import type { MetricVocabulary } from './metric-vocabulary';
import { readMetric, readMetricScored } from './read-metric';
import { scoreMetrics } from './score-metrics';

/** Explains every word of the question and says one of its own phrases in full. */
const FULL = 0.99;

/**
 * Reads the metric among the force's own figures and the public police.uk ones. Asked for
 * police.uk, only those; otherwise the force's figures win whenever they explain the question, and
 * a police.uk metric is read only when it names exactly what was asked and the force's do not
 * ("bicycle theft", "violence and sexual offences"), or when nothing of the force's fits.
 * The police.uk words are scored only when the force's best leaves a word unexplained.
 */
export function readMetricAcrossSources(
  own: MetricVocabulary,
  published: MetricVocabulary | undefined,
  words: readonly string[],
  unknown: readonly string[],
  measure: Unit | undefined,
  source: SourceWanted | undefined,
): MetricReading {
  if (!published) return readMetric(own, words, unknown, measure);
  if (source === 'police.uk') return readMetric(published, words, unknown, measure);
  const mine = readMetricScored(own, words, unknown, measure);
  if (mine.reading.kind === 'empty') return mine.reading;
  const ownCovers = (mine.top?.coverage ?? 0) >= FULL;
  if (ownCovers && mine.reading.kind !== 'none') return mine.reading;
  const theirs = readMetricScored(published, words, unknown, measure);
  if (theirs.reading.kind !== 'found') return mine.reading;
  if (mine.reading.kind === 'none') return theirs.reading;
  const chosen = theirs.reading.metric.id;
  const fit = theirs.top?.metric.id === chosen ? theirs.top : scoreMetrics(published, [...words, ...unknown], measure, new Set([chosen]))[0];
  const exact = (fit?.coverage ?? 0) >= FULL && (fit?.precision ?? 0) >= FULL;
  return exact && !ownCovers ? theirs.reading : mine.reading;
}
