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

/** One phrase's distinct words with their weights, and their total (summed in the phrase's order). */
interface WeighedPhrase {
  readonly tokens: readonly string[];
  readonly weights: readonly number[];
  readonly all: number;
}

/**
 * What scoring needs of a vocabulary, worked out once: each entry's phrases weighed, which entries
 * hold each word, and each entry's score when none of its words was said (zero throughout).
 */
interface ScoreIndex {
  readonly phrases: readonly (readonly WeighedPhrase[])[];
  readonly entriesOf: ReadonlyMap<string, readonly number[]>;
  readonly unsaid: readonly MetricScore[];
}

const INDEXES = new WeakMap<MetricVocabulary, ScoreIndex>();

function indexOf(vocab: MetricVocabulary): ScoreIndex {
  let index = INDEXES.get(vocab);
  if (index) return index;
  const entriesOf = new Map<string, number[]>();
  vocab.entries.forEach((e, i) => {
    for (const w of e.vocabulary) {
      const list = entriesOf.get(w);
      if (list) list.push(i);
      else entriesOf.set(w, [i]);
    }
  });
  const phrases = vocab.entries.map((e) =>
    e.phrases.map((p): WeighedPhrase => {
      const tokens = [...new Set(p.tokens)];
      const weights = tokens.map((t) => vocab.weight(t) ?? 0);
      let all = 0;
      for (const w of weights) all += w;
      return { tokens, weights, all };
    }),
  );
  const unsaid = vocab.entries.map((e): MetricScore => ({ metric: e.metric, score: 0, coverage: 0, precision: 0 }));
  index = { phrases, entriesOf, unsaid };
  INDEXES.set(vocab, index);
  return index;
}

function measureAdjust(metric: Metric, measure: Unit | undefined): number {
  if (measure === undefined) return 0;
  if (metric.unit === measure) return MEASURE_ADJUST.agree;
  if (measure === 'percent' || metric.unit === 'percent' || measure === 'count') return MEASURE_ADJUST.disagree;
  return MEASURE_ADJUST.minutesOrMoneyMismatch;
}

function scoreEntry(vocab: MetricVocabulary, entry: MetricEntry, phrases: readonly WeighedPhrase[], words: ReadonlySet<string>, totalWeight: number, measure: Unit | undefined): MetricScore {
  let covered = 0;
  for (const w of words) if (entry.vocabulary.has(w)) covered += vocab.weight(w) ?? 0;
  let precision = 0;
  for (const phrase of phrases) {
    let said = 0;
    for (let k = 0; k < phrase.tokens.length; k++) if (words.has(phrase.tokens[k] as string)) said += phrase.weights[k] as number;
    if (phrase.all > 0) precision = Math.max(precision, said / phrase.all);
  }
  const coverage = totalWeight > 0 ? covered / totalWeight : 0;
  const score = coverage > 0 ? SCORE_WEIGHTS.coverage * coverage + SCORE_WEIGHTS.precision * precision + measureAdjust(entry.metric, measure) : 0;
  return { metric: entry.metric, score, coverage, precision };
}

/**
 * Every metric scored against the question's words, best first (catalogue order among equals).
 * Only the metrics holding one of the words are worked out: the others score zero throughout
 * (a phrase's words are all its metric's words).
 */
export function scoreMetrics(vocab: MetricVocabulary, words: readonly string[], measure: Unit | undefined, only?: ReadonlySet<string>): MetricScore[] {
  const index = indexOf(vocab);
  const set = new Set(words);
  let totalWeight = 0;
  const said = new Set<number>();
  for (const w of set) {
    totalWeight += vocab.weight(w) ?? UNKNOWN_WORD_WEIGHT;
    for (const i of index.entriesOf.get(w) ?? []) said.add(i);
  }
  const scored: { s: MetricScore; i: number }[] = [];
  vocab.entries.forEach((e, i) => {
    if (only && !only.has(e.metric.id)) return;
    const s = said.has(i) ? scoreEntry(vocab, e, index.phrases[i] ?? [], set, totalWeight, measure) : (index.unsaid[i] as MetricScore);
    scored.push({ s, i });
  });
  return scored.sort((a, b) => b.s.score - a.s.score || a.i - b.i).map(({ s }) => s);
}
