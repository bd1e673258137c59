import type { CatalogueIndex } from '../domain/catalogue';
import type { Area, Metric } from '../domain/catalogue-types';
import type { ObservationIndex } from '../domain/observation-index';
import { per1000, type PopulationTable } from '../domain/population';
import { rolling12Window, type Window } from '../domain/window';
import { SHAPE_STRINGS as S } from './shape-strings';
import type { RankLevel } from '../understanding/intent/ranking-words';
import type { Query } from '../understanding/query';
import { buildResult } from './build-result';
import { explainChange, type DriversView } from './drivers';
import { rankDirection, rankPlaces, withinNoise, type RankingView } from './rank-places';
import type { AnswerResult } from './reply-types';

/** A rate per head exists for counts summed over months (crimes, incidents, outcomes). */
export function hasPerHead(metric: Metric): boolean {
  return metric.unit === 'count' && metric.aggregation === 'sum';
}

/** The result with its rate per 1,000 residents, where the metric is a count and the population is held. */
export function withPerHead(r: AnswerResult, population: PopulationTable | undefined): AnswerResult {
  if (!population || !hasPerHead(r.metric) || r.value === null) return r;
  const p = population.at(r.area.id, r.window.to);
  return p ? { ...r, perHead: { per1000: per1000(r.value, p.value), population: p } } : r;
}

/** A rate per head is over the rolling 12 months unless the question names a window. */
export function perHeadWindow(q: Query, metric: Metric, window: Window): Window {
  return q.perHead && hasPerHead(metric) && !q.period && !q.monthOnly ? rolling12Window(window.to) : window;
}

/** The places a ranking orders: every area of the level, under the area named (the force if none). */
export function rankingPlaces(level: RankLevel, named: readonly Area[], catalogue: CatalogueIndex, metric: Metric): { scope: Area; places: Area[] } {
  const scope = named.find((a) => a.level !== 'district') ?? catalogue.force;
  // A metric not held at the level asked falls back to areas, else stays at the level (and the reply says it is not held there).
  const wanted: RankLevel = metric.levels.includes(level) || !metric.levels.includes('area') ? level : 'area';
  // "Fenland vs Peterborough", then "which is higher?": the places named, when two or more of the level.
  const among = named.filter((a) => a.level === wanted);
  if (among.length > 1 && among.length === named.length) return { scope: catalogue.force, places: among };
  const places = wanted === 'district' ? catalogue.districtsUnder(scope.id) : scope.level === 'force' ? catalogue.areasAtLevel('area') : [scope];
  return { scope, places: places.length > 1 ? places : catalogue.areasAtLevel(wanted) };
}

export interface ShapeContext {
  readonly catalogue: CatalogueIndex;
  readonly index: ObservationIndex;
  readonly population?: PopulationTable;
}

/** Orders the results as the ranking asks, with the scope's figure as a reference. */
export function rankResults(q: Query, results: readonly AnswerResult[], scope: Area, window: Window, ctx: ShapeContext): { results: AnswerResult[]; view: RankingView } | undefined {
  const ask = q.ranking;
  const metric = results[0]?.metric;
  if (!ask || !metric) return undefined;
  const by = q.perHead && results.every((r) => r.perHead) ? 'per1000' : 'value';
  const ranked = rankPlaces(results, ask.order, by);
  const ref = buildResult(ctx.index, metric, scope, window);
  const reference = ref.kind === 'result' ? withPerHead(ref.result, ctx.population) : undefined;
  const view: RankingView = {
    level: ranked[0]?.area.level === 'area' ? 'area' : 'district',
    ...((ranked[0]?.area.level === 'area' ? 'area' : 'district') !== ask.level ? { levelAsked: ask.level } : {}),
    asked: ask.order,
    order: rankDirection(ask.order, metric),
    by,
    ...(ask.top !== undefined ? { top: ask.top } : {}),
    neutral: metric.polarity === 'neutral' && (ask.order === 'worst' || ask.order === 'best'),
    tiedWithPrevious: ranked.map((r, i) => i > 0 && withinNoise(ranked[i - 1] as AnswerResult, r, by)),
    ...(reference ? { reference } : {}),
  };
  return { results: ranked, view };
}

/** The change the question asks about, split by place (and, for all crime, by crime type). */
export function driversOf(q: Query, metric: Metric, scope: Area, window: Window, ctx: ShapeContext & { readonly crimeTypes?: ReadonlyMap<string, readonly Metric[]> }): DriversView | undefined {
  const below = scope.level === 'district' ? [] : ctx.catalogue.districtsUnder(scope.id);
  const places = metric.levels.includes('district') && below.length > 1 ? below : metric.levels.includes('area') && scope.level === 'force' ? ctx.catalogue.areasAtLevel('area') : [];
  return explainChange({
    index: ctx.index, metric, scope, places, types: ctx.crimeTypes?.get(metric.id) ?? [], window,
    ...(q.drivers?.direction ? { asked: q.drivers.direction } : {}),
    ...(q.comparisons[0] ? { comparison: q.comparisons[0] } : {}),
    otherTypesName: S.otherCrimeTypes, otherPlacesName: S.notAllocated,
  });
}
