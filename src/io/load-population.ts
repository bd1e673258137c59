import { readFileSync } from 'node:fs';
import type { CatalogueIndex } from '../domain/catalogue';
import type { PopulationRow } from '../domain/population';
import { formatRefusal } from '../importer/parse-tidy';
import { parsePopulationCsv } from '../importer/parse-population';
import { POPULATION_FILE } from './project-paths';

export class PopulationFileError extends Error {}

/** Reads and checks the shipped population (`data/population.csv`) once at start-up; a bad file fails with every problem named. */
export function loadPopulationFile(catalogue: CatalogueIndex, file: string = POPULATION_FILE): PopulationRow[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new PopulationFileError(`cannot read the population file ${file}: ${(err as Error).message}`);
  }
  const parsed = parsePopulationCsv(text, file, catalogue);
  if (parsed.kind === 'refused') throw new PopulationFileError(`the population file ${file} is invalid:\n  ${parsed.refusals.map(formatRefusal).join('\n  ')}`);
  return [...parsed.rows];
}
