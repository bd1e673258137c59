import type { RankingAsk } from './intent/ranking-words';
import type { Metric } from '../domain/catalogue-types';
import type { CatalogueIndex } from '../domain/catalogue';
import { CLARIFY_MARGIN } from './metric/fuse-config';
import type { MetricVocabulary } from './metric/metric-vocabulary';
import { scoreMetrics } from './metric/score-metrics';
import { stem } from './metric/stem';
import type { ConversationState, PendingQuery, Query } from './query';
import type { Understanding } from './understanding-types';
import { applyCoverage } from './coverage';
import type { PeriodSpec } from './period/period-spec';

export type Interpretation =
  | { readonly kind: 'query'; readonly query: Query; readonly followUp: boolean }
  | { readonly kind: 'clarify'; readonly options: readonly Metric[]; readonly pending: PendingQuery }
  | { readonly kind: 'clarify_period'; readonly query: Query; readonly periods: readonly { readonly spec: PeriodSpec; readonly text: string }[] }
  | {
      readonly kind: 'unknown';
      readonly suggestions: readonly Metric[];
      readonly reason: 'not_a_metric' | 'empty' | 'invalid_date' | 'unsupported_detail' | 'outside_force';
      readonly detail?: string;
      /** The words or places the reply must name. */
      readonly unsupported?: readonly string[];
    };

/** A follow-up that sets a place against the one before: "compared to Peterborough?", "vs the North". */
const VERSUS_PLACE = /^(?:and |but |how does (?:it|that) )?(?:compared? (?:with|to)|compares? (?:with|to)|vs|versus|v|against)\b/;

/**
 * "which is worst?" after "burglary North vs South" or "robbery by area": the level of the places the
 * conversation was about (a breakdown's, else the areas named), not districts by default.
 */
function impliedLevel(ranking: RankingAsk | undefined, prev: PendingQuery | undefined, catalogue: CatalogueIndex): RankingAsk | undefined {
  if (!ranking?.levelImplied || !prev) return ranking;
  const named = prev.areas.map((id) => catalogue.area(id)?.level);
  const level = prev.breakdown === 'areas' ? 'area' : prev.breakdown === 'districts' ? 'district' : named.length > 1 && named.every((l) => l === named[0]) && (named[0] === 'area' || named[0] === 'district') ? named[0] : ranking.level;
  return { ...ranking, level };
}

/** What this message states, on top of what the conversation had (a follow-up changes only what it names). */
function mergeParts(u: Understanding, catalogue: CatalogueIndex, prev?: PendingQuery): PendingQuery {
  const areas = u.areas.map((a) => a.area.id).filter((id, i, all) => all.indexOf(id) === i);
  // A town stands for its district; the reply says so ("St Ives is in Huntingdonshire").
  const towns = areas.length > 0 ? u.areas.flatMap((a) => (a.town !== undefined && a.town.toLowerCase() !== a.area.name.toLowerCase() ? [{ town: a.town, area: a.area.id }] : [])) : prev?.towns ?? [];
  const breakdown = u.breakdown ?? (areas.length > 0 ? undefined : prev?.breakdown);
  const period = u.period?.spec ?? prev?.period;
  const periodText = u.period?.text ?? prev?.periodText;
  // A follow-up keeps the question's shape (a ranking, per head, the drivers) unless it names a new one.
  const ranking = impliedLevel(u.ranking, areas.length > 0 ? undefined : prev, catalogue) ?? (u.breakdown || u.drivers ? undefined : prev?.ranking);
  const drivers = u.drivers ?? (u.breakdown || u.ranking ? undefined : prev?.drivers);
  const perHead = u.perHead || (prev?.perHead ?? false);
  // "shoplifting in Fenland", then "compared to Peterborough?": both places, side by side.
  const against = prev && areas.length > 0 && VERSUS_PLACE.test(u.text) ? [...(prev.areas.length > 0 ? prev.areas : [catalogue.force.id]), ...areas].filter((id, i, all) => all.indexOf(id) === i) : undefined;
  return {
    areas: against ?? (areas.length > 0 ? areas : prev?.areas ?? []),
    ...(towns.length > 0 ? { towns } : {}),
    ...(breakdown ? { breakdown } : {}),
    ...(period ? { period } : {}),
    ...(periodText ? { periodText } : {}),
    monthOnly: u.period || u.monthOnly ? u.monthOnly : prev?.monthOnly ?? false,
    comparisons: u.comparisons.length > 0 ? u.comparisons : prev?.comparisons ?? [],
    wantsSeries: u.wantsSeries || (prev?.wantsSeries ?? false),
    ...(ranking ? { ranking } : {}),
    ...(perHead ? { perHead } : {}),
    ...(drivers ? { drivers } : {}),
    // "January vs June", then "and North?": both periods still.
    ...(!u.period && prev?.extraPeriods ? { extraPeriods: prev.extraPeriods } : {}),
  };
}

/** A follow-up that names no metric keeps every metric asked before, and what was said of them ("burglary and robbery", then "and North?"). */
function sameMetrics(last: Query, u: Understanding): Partial<Query> {
  // Each metric at its own places, until the follow-up names places for all of them.
  const pairs = last.pairs && u.areas.length === 0 && !u.breakdown && !u.ranking ? { pairs: last.pairs } : {};
  return { ...(last.extraMetrics ? { extraMetrics: last.extraMetrics } : {}), ...(last.broader ? { broader: last.broader } : {}), ...pairs };
}

function namesSomething(u: Understanding): boolean {
  return u.areas.length > 0 || u.period !== undefined || u.monthOnly || u.comparisons.length > 0 || u.wantsSeries || u.breakdown !== undefined || u.measure !== undefined || u.ranking !== undefined || u.perHead || u.drivers !== undefined;
}

/** Picks the clarification option the reply names: by place ("2") or by its words ("immediate"). */
function pickOption(u: Understanding, options: readonly string[], vocab: MetricVocabulary): string | undefined {
  if (u.ordinal !== undefined) return options[u.ordinal - 1];
  if (u.metricWords.length === 0) return undefined;
  const scores = scoreMetrics(vocab, u.metricWords, u.measure, new Set(options));
  const [top, second] = scores;
  if (!top || top.coverage === 0) return undefined;
  return !second || top.score - second.score > CLARIFY_MARGIN / 2 ? top.metric.id : undefined;
}

/** For "and the rate?" or "how many?": the metric about the same thing that the words or measure point to. */
function sibling(u: Understanding, last: Metric, catalogue: CatalogueIndex, vocab: MetricVocabulary): Metric[] {
  const family = catalogue.metrics.filter((m) => m.topic === last.topic);
  const fitting = u.measure ? family.filter((m) => m.unit === u.measure) : family;
  if (fitting.length === 0) return [last];
  if (u.metricWords.length === 0) {
    if (fitting.includes(last)) return [last];
    // A rate's "how many?" is its numerator; a count's "rate?" is the rate built on it.
    const numerator = fitting.find((m) => m.id === last.ratio?.numeratorMetric);
    if (numerator) return [numerator];
    const onIt = fitting.filter((m) => m.ratio?.numeratorMetric === last.id);
    if (onIt.length > 0) return onIt;
    return fitting;
  }
  const scores = scoreMetrics(vocab, u.metricWords, u.measure, new Set(fitting.map((m) => m.id)));
  const top = scores[0];
  if (!top || top.coverage === 0) return [last];
  return scores.filter((s) => s.score >= top.score - CLARIFY_MARGIN).map((s) => s.metric);
}

/**
 * "burglary outcome rate by district", then "and robbery?": the same kind of figure for the new
 * subject (robbery's outcome rate), when the catalogue holds one and the words said are all its own;
 * otherwise the figure the words name.
 */
function parallel(read: Metric, last: Metric, u: Understanding, catalogue: CatalogueIndex, vocab: MetricVocabulary): Metric {
  if (read.topic === last.topic || (read.theme === last.theme && read.unit === last.unit)) return read;
  const same = catalogue.metrics.find((m) => m.topic === read.topic && m.theme === last.theme && m.unit === last.unit && m.aggregation === last.aggregation);
  const own = same ? vocab.vocabularyOf(same.id) : undefined;
  return same && own && u.metricWords.every((t) => own.has(t)) ? same : read;
}

/** The stretch of the question that names the figure with its detail: "cyber crime", "rape charge rate". */
function askedPhrase(u: Understanding): string {
  const words = u.text.split(' ');
  const detail = new Set(u.uncovered.flatMap((w) => w.split(' ')));
  const at = words.map((w, i) => (detail.has(w) || u.metricWords.includes(stem(w.replace(/'s$/, ''))) ? i : -1)).filter((i) => i >= 0);
  if (at.length === 0) return u.uncovered.join(' ');
  return words.slice(Math.min(...at), Math.max(...at) + 1).join(' ');
}

/** What the message means, every word accounted for: the reading, then what its uncovered words make of it. */
export function interpret(u: Understanding, state: ConversationState, catalogue: CatalogueIndex, vocab: MetricVocabulary): Interpretation {
  // A place outside the force: no figure, but the same figure for the force is offered (a card button).
  if (u.outsidePlaces.length > 0) return { kind: 'unknown', suggestions: u.metric.kind === 'found' ? [u.metric.metric] : [], reason: 'outside_force', unsupported: u.outsidePlaces };
  const read = interpretReading(u, state, catalogue, vocab);
  if (read.kind === 'clarify' && u.uncovered.length > 0 && u.metric.kind === 'ambiguous' && !state.pending) {
    return { kind: 'unknown', suggestions: read.options.slice(0, 3), reason: 'unsupported_detail', unsupported: u.uncovered };
  }
  if (read.kind !== 'query') return read;
  const metric = catalogue.metric(read.query.metric);
  const fresh = !read.followUp && u.metric.kind === 'found';
  const covered = applyCoverage(read.query, u, metric, vocab, fresh);
  switch (covered.kind) {
    case 'query': return { ...read, query: covered.query };
    case 'unsupported': return { kind: 'unknown', suggestions: covered.suggestions, reason: 'unsupported_detail', unsupported: covered.words, detail: askedPhrase(u) };
    case 'not_a_metric': return { kind: 'unknown', suggestions: covered.suggestions, reason: 'not_a_metric', unsupported: u.uncovered };
    case 'clarify_metric': return { kind: 'clarify', options: covered.options, pending: read.query };
    case 'clarify_period': return { kind: 'clarify_period', query: read.query, periods: covered.periods };
  }
}

function interpretReading(u: Understanding, state: ConversationState, catalogue: CatalogueIndex, vocab: MetricVocabulary): Interpretation {
  const last = state.last;
  const [badDate] = u.invalidDates;
  if (badDate !== undefined && !u.period) return { kind: 'unknown', suggestions: [], reason: 'invalid_date', detail: badDate };
  const periods = state.pending?.periods;
  const metricId = state.pending?.options[0];
  if (periods && metricId !== undefined && u.ordinal !== undefined) {
    const period = periods[u.ordinal - 1];
    if (period && state.pending) return { kind: 'query', query: { ...state.pending.query, metric: metricId, period }, followUp: true };
  }
  // "2018 or 2019?", answered "2019": the option named by its period.
  const named = u.period ? JSON.stringify(u.period.spec) : undefined;
  const byName = periods && named !== undefined && u.metric.kind === 'empty' ? periods.find((p) => JSON.stringify(p) === named) : undefined;
  if (byName && metricId !== undefined && state.pending) return { kind: 'query', query: { ...state.pending.query, metric: metricId, period: byName }, followUp: true };
  if (state.pending && !periods) {
    const picked = pickOption(u, state.pending.options, vocab);
    if (picked) return { kind: 'query', query: { ...mergeParts(u, catalogue, state.pending.query), metric: picked }, followUp: true };
  }
  const r = u.metric;
  const lastMetric = last ? catalogue.metric(last.metric) : undefined;
  const followUp = last !== undefined && lastMetric !== undefined
    && (r.kind === 'empty' || ((r.kind === 'found' || r.kind === 'ambiguous') && r.generic && (u.followUp || u.metricWords.length <= 1)) || (r.kind === 'none' && u.unknownWords.length <= 1 && namesSomething(u) && u.followUp));
  if (followUp && last && lastMetric) {
    const candidates = r.kind === 'empty' && !u.measure ? [lastMetric] : sibling(u, lastMetric, catalogue, vocab);
    const parts = mergeParts(u, catalogue, last);
    const [only, ...more] = candidates;
    const keep = only === lastMetric ? sameMetrics(last, u) : {};
    if (only && more.length === 0) return { kind: 'query', query: { ...parts, ...keep, metric: only.id }, followUp: true };
    return { kind: 'clarify', options: candidates, pending: parts };
  }
  const base = u.followUp && last ? mergeParts(u, catalogue, last) : mergeParts(u, catalogue);
  switch (r.kind) {
    case 'found': {
      const metric = u.followUp && lastMetric && !u.measure ? parallel(r.metric, lastMetric, u, catalogue, vocab) : r.metric;
      return { kind: 'query', query: { ...base, metric: metric.id }, followUp: u.followUp && last !== undefined };
    }
    case 'ambiguous':
      return { kind: 'clarify', options: r.options, pending: base };
    case 'none':
      return { kind: 'unknown', suggestions: r.suggestions, reason: 'not_a_metric', ...(u.uncovered.length > 0 ? { unsupported: u.uncovered } : {}) };
    case 'empty':
      return { kind: 'unknown', suggestions: [], reason: 'empty' };
  }
}
