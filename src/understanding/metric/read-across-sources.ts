import type { Unit } from '../../domain/catalogue-types';
import type { SourceWanted } from '../intent/source-words';
import type { MetricReading } from '../understanding-types';
import type { MetricVocabulary } from './metric-vocabulary';
import { readMetric } from './read-metric';
import { scoreMetrics } from './score-metrics';

/** Explains every word of the question and says one of its own phrases in full. */
const FULL = 0.99;

/** How completely the best metric of `vocab` (or the one named) explains the words. */
function fit(vocab: MetricVocabulary, words: readonly string[], measure: Unit | undefined, only?: string): { coverage: number; precision: number } {
  const top = scoreMetrics(vocab, words, measure, only === undefined ? undefined : new Set([only]))[0];
  return { coverage: top?.coverage ?? 0, precision: top?.precision ?? 0 };
}

/**
 * Reads the metric among the force's own figures and the public police.uk ones. Asked for
 * police.uk, only those; otherwise the force's figures win whenever they explain the question, and
 * a police.uk metric is read only when it names exactly what was asked and the force's do not
 * ("bicycle theft", "violence and sexual offences"), or when nothing of the force's fits.
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
  const mine = readMetric(own, words, unknown, measure);
  if (mine.kind === 'empty') return mine;
  const theirs = readMetric(published, words, unknown, measure);
  if (theirs.kind !== 'found') return mine;
  if (mine.kind === 'none') return theirs;
  const all = [...words, ...unknown];
  const publicFit = fit(published, all, measure, theirs.metric.id);
  if (publicFit.coverage < FULL || publicFit.precision < FULL) return mine;
  return fit(own, all, measure).coverage >= FULL ? mine : theirs;
}
