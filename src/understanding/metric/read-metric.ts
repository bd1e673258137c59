import type { Unit } from '../../domain/catalogue-types';
import type { MetricReading } from '../understanding-types';
import { CLARIFY_MARGIN, MAX_OPTIONS, MIN_SCORE } from './fuse-config';
import type { MetricVocabulary } from './metric-vocabulary';
import { scoreMetrics, type MetricScore } from './score-metrics';

/** A word found in this many topics or more says what kind of figure, not which ("rate", "outcomes"). */
const GENERIC_TOPICS = 5;

const NEGATIONS: ReadonlySet<string> = new Set(['without', 'non', 'not', 'no']);

/**
 * Among close readings, drops a metric whose name is another's plus words the question did not say
 * ("immediate burglary incidents" when "immediate incidents" fits and nobody said burglary).
 */
function withoutUnsaidSpecialisations(close: MetricScore[], words: readonly string[], vocab: MetricVocabulary): MetricScore[] {
  const said = new Set(words);
  const nameOf = (s: MetricScore) => vocab.nameWords(s.metric);
  return close.filter((s) => {
    const mine = nameOf(s);
    return !close.some((o) => {
      if (o === s) return false;
      const theirs = nameOf(o);
      const extra = [...mine].filter((t) => !theirs.has(t));
      // "without injury" is the opposite of "with injury", not a narrower kind of it.
      if (extra.some((t) => NEGATIONS.has(t))) return false;
      return extra.length > 0 && [...theirs].every((t) => mine.has(t)) && extra.every((t) => !said.has(t));
    });
  });
}

/** Below this share of its best phrase said, a metric is only partly named ("theft" of "shop theft"). */
const PARTLY_SAID = 0.5;

/**
 * "theft": the best reading has less than half of any of its phrases said, and a metric of another
 * topic explains the same words as fully ("theft" is in shoplifting and in vehicle crime). Neither
 * is what was said: the choice is put to the user rather than guessed.
 */
function partlySaidAcrossTopics(scores: readonly MetricScore[], top: MetricScore): MetricScore[] {
  if (top.precision >= PARTLY_SAID) return [];
  const topics = new Set<string>([top.metric.topic]);
  const peers = [top];
  for (const s of scores) {
    if (s === top || s.score < MIN_SCORE || s.coverage < top.coverage - 1e-9 || topics.has(s.metric.topic)) continue;
    topics.add(s.metric.topic);
    peers.push(s);
  }
  return peers.slice(0, MAX_OPTIONS);
}

/** Turns the words left for the metric into a reading: one metric, a choice, nothing, or no words. */
export function readMetric(vocab: MetricVocabulary, words: readonly string[], unknown: readonly string[], measure: Unit | undefined): MetricReading {
  return readMetricScored(vocab, words, unknown, measure).reading;
}

/** The reading, with the best score behind it (how fully the best metric explains the words). */
export function readMetricScored(vocab: MetricVocabulary, words: readonly string[], unknown: readonly string[], measure: Unit | undefined): { reading: MetricReading; top?: MetricScore } {
  if (words.length === 0) return { reading: unknown.length === 0 ? { kind: 'empty' } : { kind: 'none', suggestions: [] } };
  // A number on its own ("1", "22") is part of a name, never a name by itself.
  if (words.every((w) => /^\d+$/.test(w))) return { reading: { kind: 'none', suggestions: [] } };
  const scores = scoreMetrics(vocab, [...words, ...unknown], measure);
  const top = scores[0];
  const reading = readScores(vocab, scores, words, unknown, partlyNamed(vocab, words, unknown, measure, scores));
  return top ? { reading, top } : { reading };
}

/**
 * The metrics a question only partly names across topics (partlySaidAcrossTopics), judged on its
 * words without the qualifiers ("theft offences" is "theft": "offences" narrows nothing).
 */
function partlyNamed(vocab: MetricVocabulary, words: readonly string[], unknown: readonly string[], measure: Unit | undefined, all: MetricScore[]): MetricScore[] {
  const telling = words.filter((w) => !vocab.isQualifier(w));
  if (telling.length === 0) return [];
  // Without a qualifier said, the words are the same: the scores already made serve.
  const scores = telling.length === words.length ? all : scoreMetrics(vocab, [...telling, ...unknown], measure);
  const top = scores[0];
  return top && top.score >= MIN_SCORE ? partlySaidAcrossTopics(scores, top) : [];
}

function readScores(vocab: MetricVocabulary, scores: MetricScore[], words: readonly string[], unknown: readonly string[], partial: readonly MetricScore[]): MetricReading {
  const top = scores[0];
  if (!top || top.score < MIN_SCORE) {
    return { kind: 'none', suggestions: scores.filter((s) => s.score > 0.25).slice(0, 3).map((s) => s.metric) };
  }
  const generic = words.every((w) => vocab.isGeneric(w, GENERIC_TOPICS)) && unknown.length === 0;
  // Only words many metrics share, and no phrase of the best said in full ("rate"): not a confident reading.
  if (generic && top.precision < 0.99) return { kind: 'ambiguous', options: scores.slice(0, 3).map((s) => s.metric), generic };
  if (partial.length > 1) return { kind: 'ambiguous', options: partial.map((s) => s.metric), generic };
  const close = withoutUnsaidSpecialisations(scores.filter((s) => s.score >= top.score - CLARIFY_MARGIN), words, vocab).slice(0, MAX_OPTIONS);
  if (close.length > 1) return { kind: 'ambiguous', options: close.map((s) => s.metric), generic };
  if (close[0] && close[0] !== top) return { kind: 'found', metric: close[0].metric, score: close[0].score, generic };
  return { kind: 'found', metric: top.metric, score: top.score, generic };
}
