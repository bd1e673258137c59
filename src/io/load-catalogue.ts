import { readFileSync } from 'node:fs';
import { checkCatalogue } from '../domain/catalogue-schema';
import { CatalogueIndex } from '../domain/catalogue';
import { CATALOGUE_FILE } from './project-paths';

export class CatalogueError extends Error {}

/** Reads and validates the catalogue once; a bad catalogue fails with every problem named. */
export function loadCatalogue(file: string = CATALOGUE_FILE): CatalogueIndex {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new CatalogueError(`cannot read the catalogue ${file}: ${(err as Error).message}`);
  }
  const checked = checkCatalogue(raw);
  if (checked.kind === 'invalid') {
    throw new CatalogueError(`the catalogue ${file} is invalid:\n  ${checked.problems.join('\n  ')}`);
  }
  return new CatalogueIndex(checked.catalogue);
}
