import type { Metric } from '../domain/catalogue-types';
import { yearOf } from '../domain/month';
import type { Window } from '../domain/window';
import type { RankOrder } from '../understanding/intent/ranking-words';
import type { PeriodSpec } from '../understanding/period/period-spec';
import type { Query } from '../understanding/query';
import type { Reply } from './reply-types';

/**
 * What a card button asks for, on top of the reading the card showed: the reading travels with
 * the button as data, never as a sentence to read again.
 */
export type QueryChange =
  | { readonly kind: 'trend' }
  | { readonly kind: 'compare'; readonly comparison: 'last_year' | 'previous' | 'fy_end' }
  | { readonly kind: 'breakdown'; readonly breakdown: 'areas' | 'districts' }
  | { readonly kind: 'rank'; readonly order: RankOrder; readonly level: 'district' | 'area' }
  | { readonly kind: 'per_head'; readonly on: boolean }
  | { readonly kind: 'drivers' }
  /** The same reading at another window (the latest month held, the last whole financial year). */
  | { readonly kind: 'window'; readonly period: PeriodSpec; readonly monthOnly: boolean };

/** The window a card showed, as a period that reads back to exactly it (so an old card's button still means what it showed). */
export function periodOf(w: Window): PeriodSpec {
  switch (w.kind) {
    case 'month':
    case 'point': return { kind: 'month', month: w.to };
    case 'rolling12': return { kind: 'rolling12', to: w.to };
    case 'fytd': return { kind: 'fytd', to: w.to, startYear: Number(w.from.slice(0, 4)) };
    case 'fy': return { kind: 'fy', startYear: yearOf(w.from) };
    case 'quarter': return { kind: 'quarter', from: w.from, to: w.to };
    case 'year': return { kind: 'year', year: yearOf(w.from) };
    case 'range': return { kind: 'range', from: w.from, to: w.to };
  }
}

/** The reading a reply answered, with its window pinned to the months it showed. */
export function pinnedQuery(reply: Extract<Reply, { kind: 'answer' }>): Query {
  const first = reply.results[0];
  if (!first) return reply.query;
  const w = reply.drivers?.window ?? first.window;
  const monthOnly = w.kind === 'month' && first.metric.window !== 'month';
  const { periodText: _text, ...rest } = reply.query;
  return { ...rest, period: periodOf(w), monthOnly };
}

/** The level a metric can be ranked at, districts first. */
export function rankLevel(metric: Metric): 'district' | 'area' | undefined {
  if (metric.levels.includes('district')) return 'district';
  return metric.levels.includes('area') ? 'area' : undefined;
}

/** The reading with one change: a trend, a comparison, a breakdown, a ranking, per head, or the drivers. */
export function applyChange(q: Query, change: QueryChange): Query {
  const { ranking: _r, drivers: _d, breakdown: _b, ...plain } = q;
  const keep = { ...(q.ranking ? { ranking: q.ranking } : {}), ...(q.drivers ? { drivers: q.drivers } : {}), ...(q.breakdown ? { breakdown: q.breakdown } : {}) };
  switch (change.kind) {
    case 'trend': {
      const { drivers: _gone, ...rest } = keep;
      return { ...plain, ...rest, wantsSeries: true };
    }
    case 'compare':
      return { ...plain, ...keep, comparisons: q.comparisons.includes(change.comparison) ? q.comparisons : [change.comparison, ...q.comparisons] };
    case 'breakdown':
      return { ...plain, breakdown: change.breakdown, areas: q.areas.slice(0, 1) };
    case 'rank':
      return { ...plain, ranking: { order: change.order, level: change.level }, areas: q.areas.filter((_, i) => i === 0).slice(0, 1) };
    case 'per_head':
      return { ...plain, ...keep, perHead: change.on };
    case 'drivers':
      return { ...plain, drivers: {}, areas: q.areas.slice(0, 1), wantsSeries: false };
    case 'window': {
      const { unheld: _u, extraPeriods: _e, periodText: _t, ...rest } = plain;
      return { ...rest, ...keep, period: change.period, monthOnly: change.monthOnly };
    }
  }
}
