import type { Unit } from '../../domain/catalogue-types';
import type { MetricReading } from '../understanding-types';
import { CLARIFY_MARGIN, MAX_OPTIONS, MIN_SCORE } from './fuse-config';
import type { MetricVocabulary } from './metric-vocabulary';
import { scoreMetrics } from './score-metrics';

/** A word found in this many topics or more says what kind of figure, not which ("rate", "outcomes"). */
const GENERIC_TOPICS = 5;

/** Turns the words left for the metric into a reading: one metric, a choice, nothing, or no words. */
export function readMetric(vocab: MetricVocabulary, words: readonly string[], unknown: readonly string[], measure: Unit | undefined): MetricReading {
  if (words.length === 0) return unknown.length === 0 ? { kind: 'empty' } : { kind: 'none', suggestions: [] };
  const scores = scoreMetrics(vocab, [...words, ...unknown], measure);
  const top = scores[0];
  if (!top || top.score < MIN_SCORE) {
    return { kind: 'none', suggestions: scores.filter((s) => s.score > 0.25).slice(0, 3).map((s) => s.metric) };
  }
  const generic = words.every((w) => vocab.isGeneric(w, GENERIC_TOPICS)) && unknown.length === 0;
  const close = scores.filter((s) => s.score >= top.score - CLARIFY_MARGIN).slice(0, MAX_OPTIONS);
  if (close.length > 1) return { kind: 'ambiguous', options: close.map((s) => s.metric), generic };
  return { kind: 'found', metric: top.metric, score: top.score, generic };
}
