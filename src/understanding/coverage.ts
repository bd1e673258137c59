import { addMonths, makeMonth, monthNumber } from '../domain/month';
import type { Metric } from '../domain/catalogue-types';
import type { MetricVocabulary } from './metric/metric-vocabulary';
import type { PeriodReading, PeriodSpec } from './period/period-spec';
import type { Query } from './query';
import type { Understanding } from './understanding-types';

/**
 * What the words a reading left uncovered, and the second metric or period it named, make of a
 * query (ask-contract.md, "Answer only what was asked"). Nothing said is dropped: a detail the
 * catalogue does not hold refuses, a grain not held becomes no data, two of something are both
 * answered or put as a choice.
 */
export type Covered =
  | { readonly kind: 'query'; readonly query: Query }
  | { readonly kind: 'unsupported'; readonly words: readonly string[]; readonly suggestions: readonly Metric[] }
  | { readonly kind: 'not_a_metric'; readonly suggestions: readonly Metric[] }
  | { readonly kind: 'clarify_metric'; readonly options: readonly Metric[] }
  | { readonly kind: 'clarify_period'; readonly periods: readonly { readonly spec: PeriodSpec; readonly text: string }[] };

const COMPARING = /^(?:vs|v|versus|compared (?:with|to)|against|than|on)$/;

/** The nearest figures for a question with a detail not held: the metric read, then any the left-out words name. */
function nearest(metric: Metric, u: Understanding, vocab: MetricVocabulary): Metric[] {
  const words = new Set(u.uncovered.map((w) => vocab.tokens(w)).flat());
  const named = vocab.entries.filter((e) => e.metric.id !== metric.id && [...words].some((w) => e.vocabulary.has(w))).map((e) => e.metric);
  return [metric, ...named].slice(0, 3);
}

/** Whether one of the metric's own phrases (its name, a synonym, a thing it includes) was said in full. */
function saidInFull(metric: Metric, u: Understanding, vocab: MetricVocabulary): boolean {
  const entry = vocab.entries.find((e) => e.metric.id === metric.id);
  if (!entry) return true;
  const said = new Set(u.metricWords);
  return entry.phrases.some((p) => p.tokens.every((t) => said.has(t)));
}

/**
 * "January or February 2019", "June and September 2019": a month written without its year takes the
 * year of the month after it, as in a range.
 */
function shareYear(periods: readonly PeriodReading[]): PeriodReading[] {
  const out = [...periods];
  for (let i = out.length - 2; i >= 0; i--) {
    const here = out[i];
    const next = out[i + 1];
    if (!here || !next || here.spec.kind !== 'month' || next.spec.kind !== 'month') continue;
    if (/\d/.test(here.text) || !/\d{2}/.test(next.text)) continue;
    const year = Number(next.spec.month.slice(0, 4)) - (monthNumber(here.spec.month) > monthNumber(next.spec.month) ? 1 : 0);
    out[i] = { ...here, spec: { kind: 'month', month: makeMonth(year, monthNumber(here.spec.month)) } };
  }
  return out;
}

/** Applies what the question said beyond one metric and one period. `fresh`: a new question, not a follow-up or a pick. */
export function applyCoverage(query: Query, u: Understanding, metric: Metric | undefined, vocab: MetricVocabulary, fresh: boolean): Covered {
  if (fresh && metric && u.uncovered.length > 0) {
    // A metric named in full with a detail besides ("cyber crime") is the broader figure; a stray shared
    // word ("enabled" in "cyber enabled fraud") names no figure at all.
    if (!saidInFull(metric, u, vocab)) return { kind: 'not_a_metric', suggestions: nearest(metric, u, vocab) };
    return { kind: 'unsupported', words: u.uncovered, suggestions: nearest(metric, u, vocab) };
  }
  if (u.metricJoin === 'or' && metric) return { kind: 'clarify_metric', options: [metric, ...u.extraMetrics] };
  // A ranking, or what drove a change, is of one metric over one window: with two, ask which ("top 2 districts for robbery and shoplifting").
  const oneShape = query.ranking !== undefined || query.drivers !== undefined;
  if (oneShape && metric && u.extraMetrics.length > 0) return { kind: 'clarify_metric', options: [metric, ...u.extraMetrics] };
  let q: Query = query;
  if (u.extraMetrics.length > 0) q = { ...q, extraMetrics: u.extraMetrics.map((m) => m.id) };
  if (u.pairs && !q.breakdown && !q.ranking) q = { ...q, pairs: u.pairs };
  if (u.broader) q = { ...q, broader: u.broader };
  if (u.unheld.length > 0) q = { ...q, unheld: u.unheld.join(', ') };
  // The same window said twice ("2019/20 year to date") is one period.
  const periods = shareYear(u.period ? [u.period, ...u.extraPeriods] : []).filter((p, i, all) => all.findIndex((o) => JSON.stringify(o.spec) === JSON.stringify(p.spec)) === i);
  // "burglary vs March": the latest figure and March's, side by side.
  if (periods.length === 1 && u.versusMonth && u.period) {
    const { period: _asked, periodText: _text, ...rest } = q;
    return { kind: 'query', query: { ...rest, extraPeriods: [u.period.spec] } };
  }
  if (periods.length > 1) {
    if (oneShape || u.periodJoins.some((j) => /\bor\b/.test(j))) return { kind: 'clarify_period', periods: periods.map((p) => ({ spec: p.spec, text: p.text })) };
    const [first, second] = periods;
    const join = u.periodJoins[0] ?? '';
    // "January compared to December": the month before is the "previous" comparison.
    if (periods.length === 2 && first?.spec.kind === 'month' && second?.spec.kind === 'month' && COMPARING.test(join) && second.spec.month === addMonths(first.spec.month, -1)) {
      return { kind: 'query', query: { ...q, comparisons: [...new Set([...q.comparisons, 'previous' as const])] } };
    }
    q = { ...q, extraPeriods: periods.slice(1).map((p) => p.spec) };
  }
  return { kind: 'query', query: q };
}
