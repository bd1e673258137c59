import type { CatalogueIndex } from '../domain/catalogue';
import { crimeTypeMetricId, outcomeCategoryMetricId, type PoliceUkSpec } from '../domain/police-uk-catalogue';

/** What the importer looks names up in: the force, its districts, the crime types and outcome types. */
export interface PoliceUkLookup {
  readonly force: string;
  /** District name, lower case ("south cambridgeshire") -> area id. */
  readonly districtByName: ReadonlyMap<string, string>;
  /** Crime type, lower case -> metric id. */
  readonly crimeTypeMetric: ReadonlyMap<string, string>;
  /** The crime-type metrics that count towards all crime (not anti-social behaviour). */
  readonly crimeMetrics: ReadonlySet<string>;
  /** Outcome type, lower case -> category id. */
  readonly categoryOf: ReadonlyMap<string, string>;
  readonly categories: readonly { readonly id: string; readonly metric: string; readonly positive: boolean }[];
  /** Where outcome types not in the spec are counted. */
  readonly fallbackCategory: string;
}

export function policeUkLookup(spec: PoliceUkSpec, catalogue: CatalogueIndex): PoliceUkLookup {
  const categories = spec.outcomeCategories.map((c) => ({ id: c.id, metric: outcomeCategoryMetricId(c.id), positive: c.positive }));
  return {
    force: spec.force,
    districtByName: new Map(catalogue.areasAtLevel('district').map((a) => [a.name.toLowerCase(), a.id])),
    crimeTypeMetric: new Map(spec.crimeTypes.map((t) => [t.name.toLowerCase(), crimeTypeMetricId(t.name)])),
    crimeMetrics: new Set(spec.crimeTypes.filter((t) => t.countsAsCrime !== false).map((t) => crimeTypeMetricId(t.name))),
    categoryOf: new Map(spec.outcomeCategories.flatMap((c) => c.outcomeTypes.map((o) => [o.toLowerCase(), c.id] as const))),
    categories,
    fallbackCategory: spec.outcomeCategories.find((c) => c.id === 'other')?.id ?? spec.outcomeCategories[spec.outcomeCategories.length - 1]?.id ?? 'other',
  };
}

/** "Peterborough 012C" -> "peterborough": the LSOA name without its code. */
export function lsoaDistrictName(lsoaName: string): string {
  return lsoaName.trim().replace(/\s+\d{3}[A-Z]$/, '').toLowerCase();
}
