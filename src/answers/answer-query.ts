import type { CatalogueIndex } from '../domain/catalogue';
import type { Area, Metric } from '../domain/catalogue-types';
import { monthOfDate } from '../domain/month';
import type { ObservationIndex } from '../domain/observation-index';
import type { PopulationTable } from '../domain/population';
import { rolling12Window } from '../domain/window';
import { driversOf, hasPerHead, perHeadWindow, rankingPlaces, rankResults, withPerHead } from './answer-shapes';
import type { Query } from '../understanding/query';
import { buildResult } from './build-result';
import type { AnswerResult, ClarifyOption, Reply } from './reply-types';
import { resolveWindow } from './resolve-window';
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

export function answerQuery(q: Query, question: string, ctx: AnswerContext): Reply {
  const { catalogue, index } = ctx;
  const metric = catalogue.metric(q.metric);
  if (!metric) return { kind: 'unknown', question, suggestions: [], reason: 'not_a_metric' };
  const named = q.areas.map((id) => catalogue.area(id)).filter((a): a is Area => a !== undefined);
  const ranking = q.ranking ? rankingPlaces(q.ranking.level, named, catalogue, metric) : undefined;
  const areas = ranking ? ranking.places : areasOf(q, catalogue);
  const lacking = areas.find((a) => !metric.levels.includes(a.level));
  if (lacking) {
    return { kind: 'no_data', question, query: q, metric, area: lacking, reason: 'level', levels: metric.levels, alternative: alternativeFor(metric, lacking, catalogue) };
  }
  const first = areas[0] ?? catalogue.force;
  const latest = index.latestIn(metric.id, first.id) ?? index.latestMonth(metric.id);
  if (latest === undefined) return { kind: 'no_data', question, query: q, metric, area: first, reason: 'no_series' };
  const asked = resolveWindow({ metric, monthOnly: q.monthOnly, thisMonth: monthOfDate(ctx.today), latest, ...(q.period ? { period: q.period } : {}) });
  // A rate per head, and what drives a change, are over the rolling 12 months unless a window is named.
  const window = q.drivers && !q.period && !q.monthOnly && metric.aggregation !== 'point' ? rolling12Window(asked.to) : perHeadWindow(q, metric, asked);
  const perHead = q.perHead === true || ranking !== undefined || areas.length > 1;
  const results: AnswerResult[] = [];
  for (const area of areas) {
    const outcome = buildResult(index, metric, area, window);
    if (outcome.kind === 'no_data') {
      const { reason, latest: l, earliest } = outcome;
      return { kind: 'no_data', question, query: q, metric, area, reason, window, ...(l ? { latest: l } : {}), ...(earliest ? { earliest } : {}) };
    }
    results.push(perHead ? withPerHead(outcome.result, ctx.population) : outcome.result);
  }
  const shapes = { catalogue, index, ...(ctx.population ? { population: ctx.population } : {}), ...(ctx.crimeTypes ? { crimeTypes: ctx.crimeTypes } : {}) };
  const ranked = ranking ? rankResults(q, results, ranking.scope, window, shapes) : undefined;
  const drivers = q.drivers ? driversOf(q, metric, first, window, shapes) : undefined;
  return {
    kind: 'answer', question, query: q, results: ranked?.results ?? results, asked: q.comparisons, seriesAsked: q.wantsSeries, dataTo: latest,
    ...(ranked ? { ranking: ranked.view } : {}),
    ...(drivers ? { drivers } : {}),
    ...(q.perHead && !hasPerHead(metric) ? { perHeadUnavailable: true } : {}),
  };
}
