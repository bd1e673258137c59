import type { Metric } from '../../domain/catalogue-types';
import { periodsOf, severalMetrics } from './several-metrics';
import { pairMetricsWithPlaces, type MetricPlaces } from './metric-place-pairs';
import type { MetricReading } from '../understanding-types';
import type { UnderstandingDeps } from '../understand';
import { readMetricAcrossSources } from '../metric/read-across-sources';
import { stem } from '../metric/stem';
import { asTyped, type ReadingDraft } from './extractor';
import { escapeRegExp } from '../escape-regexp';

/** A word many topics share ("rate", "outcome") says what kind of figure, not which: never a detail left out. */
const GENERIC_TOPICS = 5;

export interface MetricPart {
  readonly metric: MetricReading;
  /** Stemmed catalogue words read as the metric. */
  readonly metricWords: readonly string[];
  /** The same words as typed ("burgalry"). */
  readonly metricTyped: readonly string[];
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
  /** "robbery count and rate": a lone "rate" of a crime asked for its rate per head. */
  readonly perHead?: boolean;
  /** "burglary in Cambridge and robbery in Peterborough": each metric at its own places. */
  readonly pairs?: readonly MetricPlaces[];
}

/** The catalogue word a word stands for: exact in either vocabulary first, then a typo of one. */
function knownWord(word: string, deps: UnderstandingDeps): string | undefined {
  const token = stem(word);
  if (deps.vocabulary.knows(token) || deps.publishedVocabulary?.knows(token)) return token;
  return deps.vocabulary.correct(word) ?? deps.publishedVocabulary?.correct(word);
}

export interface Words {
  readonly metricWords: string[];
  readonly unknownWords: string[];
  /** Each token as the question wrote it. */
  readonly said: Map<string, string>;
}

/** Sorts the words no extractor took: filler, catalogue words, a misspelt place, or unknown. */
export function sortWords(words: readonly string[], draft: ReadingDraft, deps: UnderstandingDeps, record: boolean): Words {
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
    const place = deps.lexicon.notTypos.has(word) ? undefined : deps.areas.correct(word);
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

/** "in Bedford", "for Ruritania": a capitalised word after "in" / "for" / "across" is a place, even one not on the list. */
function namedAsPlace(word: string, raw: string): boolean {
  const escaped = escapeRegExp(word);
  // "at Queensgate", "near the Grafton": a spot that may be inside the force is a detail not held, not a place outside it.
  const m = new RegExp(`\\b(?:in|for|across) (${escaped})\\b`, 'i').exec(raw);
  const first = m?.[1]?.charAt(0);
  return first !== undefined && first !== first.toLowerCase();
}

function vocabularyOf(id: string, deps: UnderstandingDeps): ReadonlySet<string> {
  return deps.vocabulary.vocabularyOf(id) ?? deps.publishedVocabulary?.vocabularyOf(id) ?? new Set();
}

export function isGeneric(word: string, deps: UnderstandingDeps): boolean {
  return deps.vocabulary.isGeneric(word, GENERIC_TOPICS) || (deps.publishedVocabulary?.isGeneric(word, GENERIC_TOPICS) ?? false);
}

/** The words the metrics read do not explain. */
export function uncoveredBy(metrics: readonly Metric[], w: Words, deps: UnderstandingDeps): string[] {
  const explained = new Set(metrics.flatMap((m) => [...vocabularyOf(m.id, deps)]));
  // "priority crimes": "crimes" describes a crime figure, not a response time (even where "crime" is a word many figures share).
  const { words: crimeWords, themes } = deps.lexicon.crimeQualifiers;
  const notOfCrime = (t: string) => crimeWords.has(t) && !metrics.every((m) => themes.has(m.theme));
  const free = (t: string) => deps.lexicon.qualifiers.has(t) && !notOfCrime(t);
  const left = w.metricWords.filter((t) => !explained.has(t) && (notOfCrime(t) || (!isGeneric(t, deps) && !free(t))) && !/^\d+$/.test(t));
  const unknown = w.unknownWords.filter((t) => !free(t));
  return [...new Set([...unknown, ...left])].map((t) => w.said.get(t) ?? t);
}

/**
 * "what percentage of crime is shoplifting", "share of violence": a percentage asked of a count the
 * catalogue holds as a count is a figure it does not hold. The word is left uncovered, never dropped
 * ("rate" of a count is its rate per head, read elsewhere).
 */
function shareNotHeld(metrics: readonly Metric[], left: readonly string[], draft: ReadingDraft, deps: UnderstandingDeps): string[] {
  if (draft.perHead || metrics.some((m) => m.unit === 'percent')) return [];
  const percentWords = new Set(deps.lexicon.measures.filter((m) => m.unit === 'percent' && !m.phrase.includes(' ') && !/^rates?$/.test(m.phrase)).map((m) => m.phrase));
  return [...new Set(left.filter((w) => percentWords.has(w)))];
}

/**
 * "criminal damage rate", "TIC rate": a bare "rate" of a figure held only as a count is its rate per
 * head (ask-contract.md, "crime rate" of a count), never a word dropped.
 */
function countRate(metric: Metric, left: readonly string[], draft: ReadingDraft): boolean {
  if (draft.perHead || metric.unit !== 'count') return false;
  const rate = left.find((w) => w === 'rate' || w === 'rates');
  if (rate === undefined) return false;
  draft.said.push({ role: 'per head', text: rate });
  return true;
}

/**
 * "how many minutes for burglary", "value of burglaries", "number of account forfeiture orders": a
 * time, an amount of money or a number asked of a figure held in none of those units is not held.
 * The words are left uncovered, never dropped. A number of a ratio is its numerator, shown with it;
 * a percentage asked of a count is read by shareNotHeld and countRate.
 */
function measureNotHeld(metrics: readonly Metric[], draft: ReadingDraft, deps: UnderstandingDeps): string[] {
  const said = deps.lexicon.measures.filter((m) => m.unit !== 'percent' && m.pattern.test(draft.text));
  // A time or money phrase says what it asks ("how many minutes" is a time); else a number phrase does.
  const specific = said.filter((s) => s.unit === 'minutes' || s.unit === 'gbp');
  const asked = specific.length > 0 ? specific : said;
  const fits = (m: Metric) => asked.some((s) => s.unit === m.unit || (s.unit === 'count' && m.aggregation === 'ratio'));
  if (asked.length === 0 || metrics.every(fits)) return [];
  return [...new Set(asked.map((s) => s.phrase))];
}

export const JOIN = /(?:^|\s)(and|&|plus|or|as well as|vs|versus)(?=\s|$)/;

/** What is left after every extractor is the metric: one, several, none, or words nothing holds. */
export function readMetricPart(draft: ReadingDraft, deps: UnderstandingDeps): MetricPart {
  const left = draft.sentence.words();
  // A count noun ("count", "the number", "volume") says what kind of figure: read, not filler.
  const counts = [...new Set(left.filter((w) => deps.lexicon.countNouns.has(w)))];
  for (const w of counts) draft.said.push({ role: 'measure', text: w });
  const filler = [...new Set(left.filter((w) => deps.lexicon.stopwords.has(w) && !deps.lexicon.countNouns.has(w)))];
  const words = sortWords(left, draft, deps, true);
  const metricTyped = words.metricWords.map((t) => words.said.get(t) ?? t);
  const several = severalMetrics(draft, deps, words);
  if (several) {
    const [first, ...rest] = several.metrics;
    if (first) {
      const uncovered = [...several.unread, ...uncoveredBy(several.metrics, words, deps), ...shareNotHeld(several.metrics, left, draft, deps), ...measureNotHeld(several.metrics, draft, deps)];
      return { metric: { kind: 'found', metric: first, score: 1, generic: false }, metricWords: words.metricWords, metricTyped, unknownWords: words.unknownWords, extraMetrics: rest, metricJoin: several.join, filler, uncovered, ...(several.perHead ? { perHead: true } : {}), ...(several.pairs ? { pairs: several.pairs } : {}) };
    }
  }
  const metric = readMetricAcrossSources(deps.vocabulary, deps.publishedVocabulary, words.metricWords, words.unknownWords, draft.measure, draft.source);
  const base = { metric, metricWords: words.metricWords, metricTyped, unknownWords: words.unknownWords, extraMetrics: [], filler };
  // "violence demand": a choice between figures none of which holds a word said is no choice at all;
  // the word is left uncovered.
  // (Words only the public police.uk figures know, as "person" in "violence against the person", are left to the choice.)
  if (metric.kind === 'ambiguous') {
    const own = { ...words, metricWords: words.metricWords.filter((t) => deps.vocabulary.knows(t)) };
    return { ...base, uncovered: uncoveredBy(metric.options, own, deps) };
  }
  if (metric.kind !== 'found') return { ...base, uncovered: words.unknownWords.map((t) => words.said.get(t) ?? t) };
  const vocab = deps.vocabulary.vocabularyOf(metric.metric.id) ? deps.vocabulary : deps.publishedVocabulary;
  // "rape and sexual offences": a part of a list that names the metric only by a narrower thing it includes says so too.
  const parts = draft.sentence.text.split(JOIN).filter((_, i) => i % 2 === 0).map((c) => new Set(sortWords(c.split(/[\s\u00b7]+/).filter((x) => x.length > 0), draft, deps, false).metricWords));
  const broader = [new Set(words.metricWords), ...(parts.length > 1 ? parts : [])].map((set) => vocab?.broaderPhrase(metric.metric.id, set)).find((b) => b !== undefined);
  // "burglary in Peterborough in March and in Fenland in June": one metric, each part at its own place and period.
  const partMetrics = parts.map((_, i) => (i === 0 ? metric.metric : undefined));
  const pairs = parts.length > 1 ? pairMetricsWithPlaces(draft.sentence.text, JOIN, partMetrics, draft.areas, periodsOf(draft)) : undefined;
  const rateOfCount = countRate(metric.metric, left, draft);
  return { ...base, uncovered: [...uncoveredBy([metric.metric], words, deps), ...shareNotHeld([metric.metric], left, draft, deps), ...measureNotHeld([metric.metric], draft, deps)], ...(rateOfCount ? { perHead: true } : {}), ...(broader ? { broader } : {}), ...(pairs ? { pairs } : {}) };
}
