import { buildBrain } from '../../src/answers/brain';
import type { Brain } from '../../src/answers/ask';
import type { Observation } from '../../src/domain/observation';
import { loadCatalogue } from '../../src/io/load-catalogue';
import { loadLexicon } from '../../src/io/load-lexicon';
import { loadPopulationFile } from '../../src/io/load-population';
import { loadCrimeTypes } from '../../src/io/load-crime-types';

/** The real catalogue and language data, with the observations a test gives. */
export function testBrain(observations: Iterable<Observation> = []): Brain {
  const catalogue = loadCatalogue();
  return buildBrain(catalogue, loadLexicon(), observations, loadPopulationFile(catalogue), loadCrimeTypes(catalogue));
}
