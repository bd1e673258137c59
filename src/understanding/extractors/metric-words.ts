import type { Metric } from '../../domain/catalogue-types';
import type { MetricReading } from '../understanding-types';
import type { UnderstandingDeps } from '../understand';
import { readMetricAcrossSources } from '../metric/read-across-sources';
import { stem } from '../metric/stem';
import type { ReadingDraft } from './extractor';

/** A word many topics share ("rate", "outcome") says what kind of figure, not which: never a detail left out. */
const GENERIC_TOPICS = 5;

export interface MetricPart {
  readonly metric: MetricReading;
  /** Stemmed catalogue words read as the metric. */
  readonly metricWords: readonly string[];
  /** Words nothing understood. */
  readonly unknownWords: readonly string[];
  /** A second (third …) metric named with "and" / "or": "burglary and robbery". */
  readonly extraMetrics: readonly Metric[];
  readonly metricJoin?: 'and' | 'or';
  /** Words the reading does not account for, as written: unknown words, and metric words the metric read does not explain. */
  readonly uncovered: readonly string[];
  /** The narrower thing named when the metric read is broader ("rape"). */
  readonly broader?: string;
}

/** The catalogue word a word stands for: exact in either vocabulary first, then a typo of one. */
function knownWord(word: string, deps: UnderstandingDeps): string | undefined {
  const token = stem(word);
  if (deps.vocabulary.knows(token) || deps.publishedVocabulary?.knows(token)) return token;
  return deps.vocabulary.correct(word) ?? deps.publishedVocabulary?.correct(word);
}

interface Words {
  readonly metricWords: string[];
  readonly unknownWords: string[];
  /** Each token as the question wrote it. */
  readonly said: Map<string, string>;
}

/** Sorts the words no extractor took: filler, catalogue words, a misspelt place, or unknown. */
function sortWords(words: readonly string[], draft: ReadingDraft, deps: UnderstandingDeps, record: boolean): Words {
  const metricWords: string[] = [];
  const unknownWords: string[] = [];
  const said = new Map<string, string>();
  for (const word of words) {
    if (deps.lexicon.stopwords.has(word) || !/[a-z0-9]/.test(word)) continue;
    if (!deps.vocabulary.knows(stem(word)) && !deps.publishedVocabulary?.knows(stem(word)) && deps.lexicon.measureWords.has(word)) continue;
    const bare = word.replace(/'s$/, '');
    const known = knownWord(bare, deps);
    if (known !== undefined) {
      metricWords.push(known);
      said.set(known, bare);
      continue;
    }
    const place = deps.areas.correct(word);
    if (place) {
      if (record) {
        draft.areas.push(place);
        draft.said.push({ role: 'area', text: word });
      }
      continue;
    }
    if (record && namedAsPlace(bare, draft.raw)) {
      draft.outside.push(bare);
      draft.said.push({ role: 'outside', text: bare });
      continue;
    }
    unknownWords.push(stem(bare));
    said.set(stem(bare), bare);
  }
  return { metricWords, unknownWords, said };
}

/** "in Bedford", "for Ruritania": a capitalised word after a place preposition is a place, even one not on the list. */
function namedAsPlace(word: string, raw: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`\\b(?:in|for|at|around|near|across) (${escaped})\\b`, 'i').exec(raw);
  const first = m?.[1]?.charAt(0);
  return first !== undefined && first !== first.toLowerCase();
}

function vocabularyOf(id: string, deps: UnderstandingDeps): ReadonlySet<string> {
  return deps.vocabulary.vocabularyOf(id) ?? deps.publishedVocabulary?.vocabularyOf(id) ?? new Set();
}

function isGeneric(word: string, deps: UnderstandingDeps): boolean {
  return deps.vocabulary.isGeneric(word, GENERIC_TOPICS) || (deps.publishedVocabulary?.isGeneric(word, GENERIC_TOPICS) ?? false);
}

/** The words the metrics read do not explain. */
function uncoveredBy(metrics: readonly Metric[], w: Words, deps: UnderstandingDeps): string[] {
  const explained = new Set(metrics.flatMap((m) => [...vocabularyOf(m.id, deps)]));
  const left = w.metricWords.filter((t) => !explained.has(t) && !isGeneric(t, deps) && !deps.lexicon.qualifiers.has(t) && !/^\d+$/.test(t));
  return [...new Set([...w.unknownWords, ...left])].map((t) => w.said.get(t) ?? t);
}

const JOIN = /(?:^|\s)(and|&|plus|or|as well as|vs|versus)(?=\s|$)/;

/**
 * "burglary and robbery", "charges and TICs": two metrics, each read in full from its own side of
 * the "and", where no one metric explains the words of both.
 */
function severalMetrics(draft: ReadingDraft, deps: UnderstandingDeps, whole: Words): { metrics: Metric[]; join: 'and' | 'or' } | undefined {
  const parts = draft.sentence.text.split(JOIN);
  if (parts.length < 3) return undefined;
  const chunks = parts.filter((_, i) => i % 2 === 0);
  const joins = parts.filter((_, i) => i % 2 === 1);
  const metrics: Metric[] = [];
  for (const chunk of chunks) {
    const words = sortWords(chunk.split(/[\s\u00b7]+/).filter((x) => x.length > 0), draft, deps, false);
    if (words.metricWords.length === 0) continue;
    const r = readMetricAcrossSources(deps.vocabulary, deps.publishedVocabulary, words.metricWords, words.unknownWords, draft.measure, draft.source);
    if (r.kind !== 'found' || uncoveredBy([r.metric], words, deps).length > 0) return undefined;
    if (!metrics.includes(r.metric)) metrics.push(r.metric);
  }
  if (metrics.length < 2) return undefined;
  const single = readMetricAcrossSources(deps.vocabulary, deps.publishedVocabulary, whole.metricWords, whole.unknownWords, draft.measure, draft.source);
  if (single.kind === 'found' && uncoveredBy([single.metric], whole, deps).length === 0) return undefined;
  return { metrics, join: joins.includes('or') ? 'or' : 'and' };
}

/** What is left after every extractor is the metric: one, several, none, or words nothing holds. */
export function readMetricPart(draft: ReadingDraft, deps: UnderstandingDeps): MetricPart {
  const words = sortWords(draft.sentence.words(), draft, deps, true);
  const several = severalMetrics(draft, deps, words);
  if (several) {
    const [first, ...rest] = several.metrics;
    if (first) {
      return { metric: { kind: 'found', metric: first, score: 1, generic: false }, metricWords: words.metricWords, unknownWords: words.unknownWords, extraMetrics: rest, metricJoin: several.join, uncovered: uncoveredBy(several.metrics, words, deps) };
    }
  }
  const metric = readMetricAcrossSources(deps.vocabulary, deps.publishedVocabulary, words.metricWords, words.unknownWords, draft.measure, draft.source);
  const base = { metric, metricWords: words.metricWords, unknownWords: words.unknownWords, extraMetrics: [] };
  if (metric.kind !== 'found') return { ...base, uncovered: words.unknownWords.map((t) => words.said.get(t) ?? t) };
  const vocab = deps.vocabulary.vocabularyOf(metric.metric.id) ? deps.vocabulary : deps.publishedVocabulary;
  const broader = vocab?.broaderPhrase(metric.metric.id, new Set(words.metricWords));
  return { ...base, uncovered: uncoveredBy([metric.metric], words, deps), ...(broader ? { broader } : {}) };
}
