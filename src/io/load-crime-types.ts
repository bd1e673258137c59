import { readFileSync } from 'node:fs';
import type { CatalogueIndex } from '../domain/catalogue';
import type { Metric } from '../domain/catalogue-types';
import { CRIME_TYPES_FILE } from './project-paths';

export class CrimeTypesError extends Error {}

/**
 * Reads `data/crime-types.json`: for a total (all crime), the metrics that split it without overlap.
 * Every id must be a count the catalogue holds, summed over months like the total.
 */
export function loadCrimeTypes(catalogue: CatalogueIndex, file: string = CRIME_TYPES_FILE): Map<string, Metric[]> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new CrimeTypesError(`cannot read the crime types ${file}: ${(err as Error).message}`);
  }
  const parts = (raw as { parts?: unknown } | null)?.parts;
  if (typeof parts !== 'object' || parts === null) throw new CrimeTypesError(`${file}: expected an object "parts"`);
  const out = new Map<string, Metric[]>();
  const problems: string[] = [];
  for (const [totalId, ids] of Object.entries(parts as Record<string, unknown>)) {
    const total = catalogue.metric(totalId);
    if (!total) problems.push(`unknown metric "${totalId}"`);
    if (!Array.isArray(ids)) {
      problems.push(`"${totalId}": expected a list of metric ids`);
      continue;
    }
    const metrics: Metric[] = [];
    for (const id of ids) {
      const m = typeof id === 'string' ? catalogue.metric(id) : undefined;
      if (!m) problems.push(`"${totalId}": unknown metric ${JSON.stringify(id)}`);
      else if (total && (m.unit !== total.unit || m.aggregation !== total.aggregation)) problems.push(`"${totalId}": "${m.id}" is not counted like the total`);
      else metrics.push(m);
    }
    out.set(totalId, metrics);
  }
  if (problems.length > 0) throw new CrimeTypesError(`the crime types ${file} are invalid:\n  ${problems.join('\n  ')}`);
  return out;
}
