import { readFileSync } from 'node:fs';
import { checkCatalogue } from '../domain/catalogue-schema';
import { CatalogueIndex } from '../domain/catalogue';
import { checkPoliceUk, policeUkMetrics, type PoliceUkSpec } from '../domain/police-uk-catalogue';
import { CATALOGUE_FILE, POLICE_UK_FILE } from './project-paths';

export class CatalogueError extends Error {}

function readJson(file: string, what: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new CatalogueError(`cannot read the ${what} ${file}: ${(err as Error).message}`);
  }
}

/** Reads and validates the police.uk description (force, crime types, outcome categories). */
export function loadPoliceUkSpec(file: string = POLICE_UK_FILE): PoliceUkSpec {
  const checked = checkPoliceUk(readJson(file, 'police.uk description'));
  if (checked.kind === 'invalid') throw new CatalogueError(`the police.uk description ${file} is invalid:\n  ${checked.problems.join('\n  ')}`);
  return checked.spec;
}

/**
 * Reads and validates the catalogue once, with the police.uk metrics added from their own file
 * (`null` leaves them out); a bad catalogue fails with every problem named.
 */
export function loadCatalogue(file: string = CATALOGUE_FILE, policeUkFile: string | null = POLICE_UK_FILE): CatalogueIndex {
  const raw = readJson(file, 'catalogue');
  const extra = policeUkFile === null ? [] : policeUkMetrics(loadPoliceUkSpec(policeUkFile));
  const merged = typeof raw === 'object' && raw !== null && Array.isArray((raw as { metrics?: unknown }).metrics)
    ? { ...(raw as Record<string, unknown>), metrics: [...((raw as { metrics: unknown[] }).metrics), ...extra] }
    : raw;
  const checked = checkCatalogue(merged);
  if (checked.kind === 'invalid') {
    throw new CatalogueError(`the catalogue ${file} is invalid:\n  ${checked.problems.join('\n  ')}`);
  }
  return new CatalogueIndex(checked.catalogue);
}
