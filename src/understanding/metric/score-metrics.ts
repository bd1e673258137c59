import type { Metric, Unit } from '../../domain/catalogue-types';
import type { MetricEntry, MetricVocabulary } from './metric-vocabulary';
import { MEASURE_ADJUST, SCORE_WEIGHTS, UNKNOWN_WORD_WEIGHT } from './fuse-config';

export interface MetricScore {
  readonly metric: Metric;
  readonly score: number;
  /** Share of the question's words (by weight) that this metric's words explain. */
  readonly coverage: number;
  /** How fully the best of its phrases was said. */
  readonly precision: number;
}

function measureAdjust(metric: Metric, measure: Unit | undefined): number {
  if (measure === undefined) return 0;
  if (metric.unit === measure) return MEASURE_ADJUST.agree;
  if (measure === 'percent' || metric.unit === 'percent' || measure === 'count') return MEASURE_ADJUST.disagree;
  return MEASURE_ADJUST.minutesOrMoneyMismatch;
}

function scoreEntry(vocab: MetricVocabulary, entry: MetricEntry, words: ReadonlySet<string>, totalWeight: number, measure: Unit | undefined): MetricScore {
  let covered = 0;
  for (const w of words) if (entry.vocabulary.has(w)) covered += vocab.weight(w) ?? 0;
  let precision = 0;
  for (const phrase of entry.phrases) {
    let said = 0;
    let all = 0;
    for (const t of new Set(phrase.tokens)) {
      const weight = vocab.weight(t) ?? 0;
      all += weight;
      if (words.has(t)) said += weight;
    }
    if (all > 0) precision = Math.max(precision, said / all);
  }
  const coverage = totalWeight > 0 ? covered / totalWeight : 0;
  const score = coverage > 0 ? SCORE_WEIGHTS.coverage * coverage + SCORE_WEIGHTS.precision * precision + measureAdjust(entry.metric, measure) : 0;
  return { metric: entry.metric, score, coverage, precision };
}

/** Every metric scored against the question's words, best first (catalogue order among equals). */
export function scoreMetrics(vocab: MetricVocabulary, words: readonly string[], measure: Unit | undefined, only?: ReadonlySet<string>): MetricScore[] {
  const set = new Set(words);
  let totalWeight = 0;
  for (const w of set) totalWeight += vocab.weight(w) ?? UNKNOWN_WORD_WEIGHT;
  const entries = only ? vocab.entries.filter((e) => only.has(e.metric.id)) : vocab.entries;
  return entries
    .map((e) => scoreEntry(vocab, e, set, totalWeight, measure))
    .map((s, i) => ({ s, i }))
    .sort((a, b) => b.s.score - a.s.score || a.i - b.i)
    .map(({ s }) => s);
}
