import type { Metric } from '../../domain/catalogue-types';
import type { MetricReading } from '../understanding-types';
import type { UnderstandingDeps } from '../understand';
import { readMetricAcrossSources } from '../metric/read-across-sources';
import { stem } from '../metric/stem';
import { asTyped, type ReadingDraft } from './extractor';

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
  /** Filler: the stop words no extractor took ("what", "is", "the", "please"). */
  readonly filler: readonly string[];
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
      draft.outside.push(asTyped(draft, bare));
      draft.said.push({ role: 'outside', text: asTyped(draft, bare) });
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
  const unknown = w.unknownWords.filter((t) => !deps.lexicon.qualifiers.has(t));
  return [...new Set([...unknown, ...left])].map((t) => w.said.get(t) ?? t);
}

const JOIN = /(?:^|\s)(and|&|plus|or|as well as|vs|versus)(?=\s|$)/;

/** One part of a list read on its own: a metric that explains all its words, not one, or nothing (no metric words). */
function readChunk(words: readonly string[], draft: ReadingDraft, deps: UnderstandingDeps): { kind: 'found'; metric: Metric } | { kind: 'not_one' } | undefined {
  const w = sortWords(words, draft, deps, false);
  if (w.metricWords.length === 0) return undefined;
  const r = readMetricAcrossSources(deps.vocabulary, deps.publishedVocabulary, w.metricWords, w.unknownWords, draft.measure, draft.source);
  return r.kind === 'found' && uncoveredBy([r.metric], w, deps).length === 0 ? { kind: 'found', metric: r.metric } : { kind: 'not_one' };
}

/**
 * "burglary and robbery", "charges and TICs": two metrics, each read in full from its own side of
 * the "and", where no one metric explains the words of both.
 */
function severalMetrics(draft: ReadingDraft, deps: UnderstandingDeps, whole: Words): { metrics: Metric[]; join: 'and' | 'or' } | undefined {
  const parts = draft.sentence.text.split(JOIN);
  if (parts.length < 3) return undefined;
  const chunks = parts.filter((_, i) => i % 2 === 0);
  const joins = parts.filter((_, i) => i % 2 === 1);
  const split = (chunk: string) => chunk.split(/[\s\u00b7]+/).filter((x) => x.length > 0);
  const lastWords = split(chunks[chunks.length - 1] ?? '');
  const metrics: Metric[] = [];
  for (const [i, chunk] of chunks.entries()) {
    const own = split(chunk);
    const plain = readChunk(own, draft, deps);
    // "burglary and robbery outcome rates", "violence with and without injury": the words after the
    // last "and" may belong to every part; an earlier part that reads as another figure with them does.
    let read = plain;
    for (let k = 1; i < chunks.length - 1 && k < lastWords.length; k++) {
      const withTail = readChunk([...own, ...lastWords.slice(k)], draft, deps);
      if (withTail?.kind === 'found' && (plain?.kind !== 'found' || withTail.metric !== plain.metric)) {
        read = withTail;
        break;
      }
    }
    if (read === undefined) continue;
    if (read.kind !== 'found') return undefined;
    if (!metrics.includes(read.metric)) metrics.push(read.metric);
  }
  if (metrics.length < 2) return undefined;
  const single = readMetricAcrossSources(deps.vocabulary, deps.publishedVocabulary, whole.metricWords, whole.unknownWords, draft.measure, draft.source);
  // One figure whose name holds the "and" ("violence and sexual offences") is one figure, unless it is one of the parts.
  if (single.kind === 'found' && !metrics.includes(single.metric) && uncoveredBy([single.metric], whole, deps).length === 0) return undefined;
  return { metrics, join: joins.includes('or') ? 'or' : 'and' };
}

/** What is left after every extractor is the metric: one, several, none, or words nothing holds. */
export function readMetricPart(draft: ReadingDraft, deps: UnderstandingDeps): MetricPart {
  const left = draft.sentence.words();
  const filler = [...new Set(left.filter((w) => deps.lexicon.stopwords.has(w)))];
  const words = sortWords(left, draft, deps, true);
  const several = severalMetrics(draft, deps, words);
  if (several) {
    const [first, ...rest] = several.metrics;
    if (first) {
      return { metric: { kind: 'found', metric: first, score: 1, generic: false }, metricWords: words.metricWords, unknownWords: words.unknownWords, extraMetrics: rest, metricJoin: several.join, filler, uncovered: uncoveredBy(several.metrics, words, deps) };
    }
  }
  const metric = readMetricAcrossSources(deps.vocabulary, deps.publishedVocabulary, words.metricWords, words.unknownWords, draft.measure, draft.source);
  const base = { metric, metricWords: words.metricWords, unknownWords: words.unknownWords, extraMetrics: [], filler };
  if (metric.kind !== 'found') return { ...base, uncovered: words.unknownWords.map((t) => words.said.get(t) ?? t) };
  const vocab = deps.vocabulary.vocabularyOf(metric.metric.id) ? deps.vocabulary : deps.publishedVocabulary;
  const broader = vocab?.broaderPhrase(metric.metric.id, new Set(words.metricWords));
  return { ...base, uncovered: uncoveredBy([metric.metric], words, deps), ...(broader ? { broader } : {}) };
}
