import type { CatalogueIndex } from '../domain/catalogue';
import type { Area, Metric } from '../domain/catalogue-types';
import { compareMonths, makeMonth, monthOfDate } from '../domain/month';
import type { ObservationIndex } from '../domain/observation-index';
import type { PopulationTable } from '../domain/population';
import { rolling12Window } from '../domain/window';
import type { PeriodSpec } from '../understanding/period/period-spec';
import { driversOf, hasPerHead, perHeadWindow, rankingPlaces, rankResults, withPerHead } from './answer-shapes';
import type { Query } from '../understanding/query';
import { buildResult } from './build-result';
import { formatFy } from './format';
import type { AnswerResult, ClarifyOption, Reply } from './reply-types';
import { resolveWindow } from './resolve-window';
import type { Window } from '../domain/window';
import { optionLabel } from './option-label';

export interface AnswerContext {
  readonly catalogue: CatalogueIndex;
  readonly index: ObservationIndex;
  /** YYYY-MM-DD: what "last month" counts from. */
  readonly today: string;
  /** Residents by area, for rates per head. */
  readonly population?: PopulationTable;
  /** For all crime: the crime types that split it. */
  readonly crimeTypes?: ReadonlyMap<string, readonly Metric[]>;
}

/** The areas a query is about: those named, or a breakdown under the one named, or the force. */
function areasOf(q: Query, catalogue: CatalogueIndex): Area[] {
  const named = q.areas.map((id) => catalogue.area(id)).filter((a): a is Area => a !== undefined);
  const scope = named[0] ?? catalogue.force;
  switch (q.breakdown) {
    case 'areas':
      return catalogue.areasAtLevel('area');
    case 'districts':
      return catalogue.districtsUnder(scope.level === 'district' && scope.parent ? scope.parent : scope.id);
    case 'below': {
      const children = catalogue.children(scope.id);
      return children.length > 0 ? children : [scope];
    }
    default:
      return named.length > 0 ? named : [catalogue.force];
  }
}

/** The nearest level the metric does have, to offer instead. */
function alternativeFor(metric: Metric, area: Area, catalogue: CatalogueIndex): ClarifyOption {
  let at: Area | undefined = area;
  while (at && !metric.levels.includes(at.level)) at = at.parent ? catalogue.area(at.parent) : undefined;
  const target = at ?? catalogue.force;
  return { metric, area: target, label: optionLabel(metric, target) };
}

/** A financial year to date that has no complete month yet (in April). */
function notStarted(period: PeriodSpec | undefined): number | undefined {
  if (period?.kind !== 'fytd' || period.startYear === undefined) return undefined;
  return compareMonths(period.to, makeMonth(period.startYear, 4)) < 0 ? period.startYear : undefined;
}

/**
 * Answers a query: every metric asked × every period asked × every area, side by side; or the
 * reason there is no figure (no data, a level the metric lacks, a grain not held).
 */
export function answerQuery(q: Query, question: string, ctx: AnswerContext): Reply {
  const { catalogue, index } = ctx;
  const metrics = [q.metric, ...(q.extraMetrics ?? [])].map((id) => catalogue.metric(id));
  const metric = metrics[0];
  if (!metric || metrics.some((m) => m === undefined)) return { kind: 'unknown', question, suggestions: [], reason: 'not_a_metric' };
  const named = q.areas.map((id) => catalogue.area(id)).filter((a): a is Area => a !== undefined);
  const ranking = q.ranking ? rankingPlaces(q.ranking.level, named, catalogue, metric) : undefined;
  const allAreas = ranking ? ranking.places : areasOf(q, catalogue);
  const first = allAreas[0] ?? catalogue.force;
  const perHead = q.perHead === true || ranking !== undefined || allAreas.length > 1;
  let lastWindow: Window | undefined;
  if (q.unheld !== undefined) {
    const latest = index.latestIn(metric.id, first.id) ?? index.latestMonth(metric.id);
    return { kind: 'no_data', question, query: q, metric, area: first, reason: 'grain', detail: q.unheld, ...(latest ? { latest } : {}) };
  }
  const periods: (PeriodSpec | undefined)[] = [q.period, ...(q.extraPeriods ?? [])];
  const results: AnswerResult[] = [];
  let dataTo: string | undefined;
  // "burglary in Cambridge and robbery in Peterborough", "burglary in Peterborough in March and in
  // Fenland in June": each part of the question at its own places and periods; otherwise every metric × period × place.
  const jobs = q.pairs
    ? q.pairs.map((p) => ({ m: catalogue.metric(p.metric), areas: p.areas.map((id) => catalogue.area(id)).filter((a): a is Area => a !== undefined), periods: p.periods && p.periods.length > 0 ? p.periods : periods }))
    : (metrics as Metric[]).map((m) => ({ m, areas: allAreas, periods }));
  for (const { m, areas, periods } of jobs) {
    if (!m) return { kind: 'unknown', question, suggestions: [], reason: 'not_a_metric' };
    const lacking = areas.find((a) => !m.levels.includes(a.level));
    if (lacking) {
      return { kind: 'no_data', question, query: q, metric: m, area: lacking, reason: 'level', levels: m.levels, alternative: alternativeFor(m, lacking, catalogue) };
    }
    const latest = index.latestIn(m.id, first.id) ?? index.latestMonth(m.id);
    if (latest === undefined) return { kind: 'no_data', question, query: q, metric: m, area: first, reason: 'no_series' };
    dataTo ??= latest;
    for (const period of periods) {
      const unstarted = notStarted(period);
      if (unstarted !== undefined) {
        const alternative = { metric: m, area: first, label: `${optionLabel(m, first)}, ${formatFy(unstarted - 1)}` };
        return { kind: 'no_data', question, query: q, metric: m, area: first, reason: 'fy_not_started', detail: formatFy(unstarted), latest, alternative };
      }
      const asked = resolveWindow({ metric: m, monthOnly: q.monthOnly, thisMonth: monthOfDate(ctx.today), latest, ...(period ? { period } : {}) });
      // A rate per head, and what drives a change, are over the rolling 12 months unless a window is named.
      const window = q.drivers && !period && !q.monthOnly && (m.aggregation === 'sum' || m.aggregation === 'ratio') ? rolling12Window(asked.to) : perHeadWindow({ ...q, ...(period ? { period } : {}) }, m, asked);
      lastWindow = window;
      for (const area of areas) {
        const outcome = buildResult(index, m, area, window);
        if (outcome.kind === 'no_data') {
          const { reason, latest: l, earliest } = outcome;
          return { kind: 'no_data', question, query: q, metric: m, area, reason, window, ...(l ? { latest: l } : {}), ...(earliest ? { earliest } : {}) };
        }
        results.push(perHead ? withPerHead(outcome.result, ctx.population) : outcome.result);
      }
    }
  }
  // A ranking and the drivers of a change are of one metric over one window.
  const single = metrics.length === 1 && periods.length === 1 && lastWindow !== undefined;
  const shapes = { catalogue, index, ...(ctx.population ? { population: ctx.population } : {}), ...(ctx.crimeTypes ? { crimeTypes: ctx.crimeTypes } : {}) };
  const ranked = ranking && single && lastWindow ? rankResults(q, results, ranking.scope, lastWindow, shapes) : undefined;
  const drivers = q.drivers && single && lastWindow ? driversOf(q, metric, first, lastWindow, shapes) : undefined;
  return {
    kind: 'answer', question, query: q, results: ranked?.results ?? results, asked: q.comparisons, seriesAsked: q.wantsSeries, dataTo: dataTo ?? '',
    ...(ranked ? { ranking: ranked.view } : {}),
    ...(drivers ? { drivers } : {}),
    ...(q.perHead && !hasPerHead(metric) ? { perHeadUnavailable: true } : {}),
    ...(q.drivers && !drivers ? { driversUnavailable: true } : {}),
  };
}
