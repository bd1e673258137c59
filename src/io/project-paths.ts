import * as path from 'node:path';

/** The project's root folder, whether running from `src/` (ts-jest) or `dist/src/` (built). */
function findRoot(): string {
  const here = __dirname;
  const marker = `${path.sep}dist${path.sep}`;
  const i = here.lastIndexOf(marker);
  if (i >= 0) return here.slice(0, i);
  return path.resolve(here, '..', '..');
}

export const PROJECT_ROOT = findRoot();
export const DATA_DIR = path.join(PROJECT_ROOT, 'data');
export const CATALOGUE_FILE = path.join(DATA_DIR, 'catalogue.json');
export const POLICE_UK_FILE = path.join(DATA_DIR, 'police-uk.json');
export const SAMPLE_DIR = path.join(DATA_DIR, 'sample');
export const CRIME_TYPES_FILE = path.join(DATA_DIR, 'crime-types.json');
export const POPULATION_FILE = path.join(DATA_DIR, 'population.csv');
export const DEFAULT_DB_FILE = path.join(DATA_DIR, 'perfbot.db');
