import type { Metric, Unit } from '../../domain/catalogue-types';
import type { Lexicon } from '../lexicon';
import type { UnderstandingDeps } from '../understand';
import { readMetricAcrossSources } from '../metric/read-across-sources';
import type { ReadingDraft } from './extractor';
import type { PeriodReading } from '../period/period-spec';
import { isLoneMeasure, isRatePerHead, measureOf, measuresOfParts, subjectOf } from './measure-pair';
import { pairMetricsWithPlaces, type MetricPlaces } from './metric-place-pairs';
import { isGeneric, JOIN, sortWords, uncoveredBy, type Words } from './metric-words';

type ChunkReading = { kind: 'found'; metric: Metric } | { kind: 'ambiguous'; options: readonly Metric[] } | { kind: 'not_one' } | undefined;

/** One part of a list read on its own, in its own measure: a metric that explains all its words, a choice, not one, or nothing (no metric words). */
function readChunk(words: readonly string[], draft: ReadingDraft, deps: UnderstandingDeps, measure: Unit | undefined): ChunkReading {
  const w = sortWords(words, draft, deps, false);
  if (w.metricWords.length === 0) return undefined;
  const r = readMetricAcrossSources(deps.vocabulary, deps.publishedVocabulary, w.metricWords, w.unknownWords, measure, draft.source);
  if (r.kind === 'found' && uncoveredBy([r.metric], w, deps).length === 0) return { kind: 'found', metric: r.metric };
  return r.kind === 'ambiguous' ? { kind: 'ambiguous', options: r.options } : { kind: 'not_one' };
}

export interface Several {
  readonly metrics: Metric[];
  readonly join: 'and' | 'or';
  /** A part that was only a measure ("and count") was read with its neighbour's subject. */
  readonly lone: boolean;
  /** "robbery count and rate": the rate of a crime is per head. */
  readonly perHead: boolean;
  /** A lone measure that names no figure of its subject ("999 calls and rate"). */
  readonly unread: string[];
  /** "burglary in Cambridge and robbery in Peterborough": each metric at its own places. */
  readonly pairs?: MetricPlaces[];
}

/** The subject a lone measure asks about: the nearest part before it that names one, else after it. */
function neighbourSubject(parts: readonly (readonly string[])[], i: number, lexicon: Lexicon): string[] | undefined {
  const order = [...parts.keys()].filter((k) => k !== i).sort((a, b) => (a < i ? i - a : parts.length + a) - (b < i ? i - b : parts.length + b));
  for (const k of order) {
    const part = parts[k] ?? [];
    if (isLoneMeasure(part, lexicon)) continue;
    const subject = subjectOf(part, lexicon);
    if (subject.some((w) => !lexicon.stopwords.has(w))) return subject;
  }
  return undefined;
}

/** "burglary outcome rate and outcome count": a part whose every word is in the subject before it, and a measure, repeats that subject. */
function sharesSubject(parts: readonly (readonly string[])[], i: number, lexicon: Lexicon): boolean {
  const own = parts[i] ?? [];
  const subject = subjectOf(own, lexicon).filter((w) => !lexicon.stopwords.has(w));
  if (i === 0 || subject.length === 0 || measureOf(own, lexicon) === undefined) return false;
  const before = new Set(subjectOf(parts[i - 1] ?? [], lexicon));
  return subject.every((w) => before.has(w)) && subject.length < before.size;
}

/** A part whose metric words are all ones many topics share ("outcome rate"): it names a kind of figure, not a subject. */
function onlyGeneric(own: readonly string[], draft: ReadingDraft, deps: UnderstandingDeps): boolean {
  const w = sortWords(own, draft, deps, false);
  return w.metricWords.length > 0 && w.unknownWords.length === 0 && w.metricWords.every((t) => isGeneric(t, deps) || deps.lexicon.qualifiers.has(t));
}

/** Every period the question said, with where it said it. */
export function periodsOf(draft: ReadingDraft): PeriodReading[] {
  const p = draft.periods;
  return p?.period ? [p.period, ...p.others] : [];
}

/**
 * A list written with commas ("charges, TICs and community resolutions", "outcome rate, count and
 * trend") reaches here with the commas gone: a part that is two figures, or a figure and then a lone
 * measure of another kind, is two parts.
 */
function expandParts(parts: readonly string[][], draft: ReadingDraft, deps: UnderstandingDeps): string[][] {
  const lexicon = deps.lexicon;
  return parts.flatMap((own) => {
    for (let k = own.length - 1; k >= 1; k--) {
      const head = own.slice(0, k);
      const tail = own.slice(k);
      const headUnit = measureOf(head, lexicon);
      if (isLoneMeasure(tail, lexicon) && headUnit !== undefined && headUnit !== measureOf(tail, lexicon) && !isLoneMeasure(head, lexicon)) return [head, tail];
    }
    if (readChunk(own, draft, deps, measureOf(own, lexicon))?.kind === 'found') return [own];
    for (let k = 1; k < own.length; k++) {
      const head = readChunk(own.slice(0, k), draft, deps, measureOf(own.slice(0, k), lexicon));
      const tail = readChunk(own.slice(k), draft, deps, measureOf(own.slice(k), lexicon));
      if (head?.kind === 'found' && tail?.kind === 'found' && head.metric !== tail.metric) return [own.slice(0, k), own.slice(k)];
    }
    return [own];
  });
}

/**
 * "burglary and robbery", "charges and TICs": two metrics, each read in full from its own side of
 * the "and", where no one metric explains the words of both. "outcome rate and count": a side that is
 * only a measure asks for the other side's subject in that measure (measure-pair.ts).
 */
export function severalMetrics(draft: ReadingDraft, deps: UnderstandingDeps, whole: Words): Several | undefined {
  const parts = draft.sentence.text.split(JOIN);
  if (parts.length < 3) return undefined;
  const chunks = parts.filter((_, i) => i % 2 === 0);
  const joins = parts.filter((_, i) => i % 2 === 1);
  const split = (chunk: string) => chunk.split(/[\s\u00b7]+/).filter((x) => x.length > 0);
  const lexicon = deps.lexicon;
  const chunkWords = expandParts(chunks.map(split), draft, deps);
  const measures = measuresOfParts(chunkWords, lexicon, draft.measure);
  const lastWords = chunkWords[chunkWords.length - 1] ?? [];
  const lastSubject = chunkWords.length > 1 && onlyGeneric(lastWords, draft, deps) ? neighbourSubject(chunkWords, chunkWords.length - 1, lexicon) : undefined;
  const lastRead = readChunk([...(lastSubject ?? []), ...lastWords], draft, deps, measures[chunkWords.length - 1]);
  const lastMetric = lastRead?.kind === 'found' ? lastRead.metric : undefined;
  const metrics: Metric[] = [];
  const add = (m: Metric) => { if (!metrics.includes(m)) metrics.push(m); };
  let join: 'and' | 'or' = joins.includes('or') ? 'or' : 'and';
  let lone = false;
  let perHead = false;
  const unread: string[] = [];
  const partMetrics: (Metric | undefined)[] = chunkWords.map(() => undefined);
  for (const [i, own] of chunkWords.entries()) {
    // "and robbery outcome rate?": nothing before the "and" is no part (it must not borrow the tail).
    if (own.length === 0) continue;
    const measure = measures[i];
    if (isLoneMeasure(own, lexicon) || sharesSubject(chunkWords, i, lexicon)) {
      const subject = neighbourSubject(chunkWords, i, lexicon);
      const unit = measureOf(own, lexicon);
      if (!subject || !unit) continue;
      lone = true;
      const perHeadRead = isRatePerHead(subject, unit) ? readChunk(subject, draft, deps, 'count') : undefined;
      if (perHeadRead?.kind === 'found') {
        perHead = true;
        add(perHeadRead.metric);
        continue;
      }
      const read = readChunk(subject, draft, deps, unit);
      if (read?.kind === 'found') add(read.metric);
      else if (read?.kind === 'ambiguous') {
        read.options.forEach(add);
        join = 'or';
      } else unread.push(own.filter((w) => !lexicon.stopwords.has(w) || lexicon.countNouns.has(w)).join(' '));
      continue;
    }
    let plain = readChunk(own, draft, deps, measure);
    // "how many domestic abuse crimes and what's the outcome rate": a part that says only what kind of
    // figure ("outcome rate", words many topics share) is of the subject before it.
    const subject = i > 0 ? neighbourSubject(chunkWords, i, lexicon) : undefined;
    if (subject && onlyGeneric(own, draft, deps)) {
      const own2 = readChunk([...subject, ...own], draft, deps, measureOf(own, lexicon) ?? measure);
      if (own2?.kind === 'found') plain = own2;
    }
    // "burglary and robbery outcome rates", "violence with and without injury": the words after the
    // last "and" may belong to every part; an earlier part that reads as another figure with them does.
    let read = plain;
    for (let k = 1; i < chunks.length - 1 && k < lastWords.length; k++) {
      const withTail = [...own, ...lastWords.slice(k)];
      const tailed = readChunk(withTail, draft, deps, measureOf(withTail, lexicon) ?? measure);
      // "charges and charge rate": a tail that reads as the last part's own figure is that part's alone.
      if (tailed?.kind === 'found' && tailed.metric !== lastMetric && (plain?.kind !== 'found' || tailed.metric !== plain.metric)) {
        read = tailed;
        break;
      }
    }
    if (read === undefined) continue;
    if (read.kind !== 'found') return undefined;
    add(read.metric);
    partMetrics[i] = read.metric;
  }
  if (lone) return metrics.length > 0 ? { metrics, join, lone, perHead, unread } : undefined;
  if (metrics.length < 2) return undefined;
  const single = readMetricAcrossSources(deps.vocabulary, deps.publishedVocabulary, whole.metricWords, whole.unknownWords, draft.measure, draft.source);
  // One figure whose name holds the "and" ("violence and sexual offences") is one figure, unless it is one of the parts.
  if (single.kind === 'found' && !metrics.includes(single.metric) && uncoveredBy([single.metric], whole, deps).length === 0) return undefined;
  const pairs = join === 'and' ? pairMetricsWithPlaces(draft.sentence.text, JOIN, partMetrics, draft.areas, periodsOf(draft)) : undefined;
  return { metrics, join, lone, perHead, unread, ...(pairs ? { pairs } : {}) };
}

