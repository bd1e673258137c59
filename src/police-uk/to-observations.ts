import type { CatalogueIndex } from '../domain/catalogue';
import type { Observation } from '../domain/observation';
import { POLICE_UK_ALL_CRIME, POLICE_UK_OUTCOMES_ALL, POLICE_UK_POSITIVE_RATE } from '../domain/police-uk-catalogue';
import type { PoliceUkKind } from './file-kind';
import type { PoliceUkLookup } from './lookup';

/** The metrics a file of this kind writes: a re-imported month replaces all of them. */
export function metricsOfKind(kind: PoliceUkKind, lookup: PoliceUkLookup): string[] {
  return kind === 'street'
    ? [...new Set(lookup.crimeTypeMetric.values()), POLICE_UK_ALL_CRIME]
    : [POLICE_UK_OUTCOMES_ALL, ...lookup.categories.map((c) => c.metric), POLICE_UK_POSITIVE_RATE];
}

const count = (metric: string, area: string, month: string, value: number): Observation => ({ metric, area, month, value, numerator: null, denominator: null });

/**
 * Every figure of a counted file: each metric of its kind, each month, each area (zeros where
 * nothing happened). A district counts its rows; an area sums its districts; the force counts
 * every row, including those with no location or outside its districts.
 */
export function tallyObservations(kind: PoliceUkKind, counts: ReadonlyMap<string, number>, months: readonly string[], lookup: PoliceUkLookup, catalogue: CatalogueIndex): Observation[] {
  const districts = catalogue.areasAtLevel('district');
  const areas = catalogue.areasAtLevel('area');
  const force = catalogue.force.id;
  const whats = kind === 'street' ? [...new Set(lookup.crimeTypeMetric.values())] : lookup.categories.map((c) => c.id);
  const out: Observation[] = [];
  for (const month of months) {
    // place -> what -> rows
    const at = (what: string, place: string) => counts.get(`${month}|${what}|${place}`) ?? 0;
    const places = ['', ...districts.map((d) => d.id)];
    const total = (what: string) => places.reduce((n, p) => n + at(what, p), 0);
    const inArea = (what: string, area: string) => districts.filter((d) => d.parent === area).reduce((n, d) => n + at(what, d.id), 0);
    const figure = (sum: (what: string) => number, chosen: readonly string[]) => chosen.reduce((n, w) => n + sum(w), 0);
    const levels: { id: string; sum: (what: string) => number }[] = [
      { id: force, sum: total },
      ...areas.map((a) => ({ id: a.id, sum: (w: string) => inArea(w, a.id) })),
      ...districts.map((d) => ({ id: d.id, sum: (w: string) => at(w, d.id) })),
    ];
    for (const level of levels) {
      if (kind === 'street') {
        for (const metric of whats) out.push(count(metric, level.id, month, level.sum(metric)));
        out.push(count(POLICE_UK_ALL_CRIME, level.id, month, figure(level.sum, whats.filter((m) => lookup.crimeMetrics.has(m)))));
      } else {
        const all = figure(level.sum, whats);
        out.push(count(POLICE_UK_OUTCOMES_ALL, level.id, month, all));
        for (const c of lookup.categories) out.push(count(c.metric, level.id, month, level.sum(c.id)));
        const positive = figure(level.sum, lookup.categories.filter((c) => c.positive).map((c) => c.id));
        if (all > 0) out.push({ metric: POLICE_UK_POSITIVE_RATE, area: level.id, month, value: (100 * positive) / all, numerator: positive, denominator: all });
      }
    }
  }
  return out;
}
