import type { CatalogueIndex } from '../domain/catalogue';
import type { Metric } from '../domain/catalogue-types';
import type { Observation } from '../domain/observation';
import { isPoliceUkMetric } from '../domain/police-uk-catalogue';
import { ObservationIndex } from '../domain/observation-index';
import { PopulationTable, type PopulationRow } from '../domain/population';
import { AreaMatcher } from '../understanding/area/area-matcher';
import type { Lexicon } from '../understanding/lexicon';
import { MetricVocabulary } from '../understanding/metric/metric-vocabulary';
import type { Brain } from './ask';

/**
 * Builds everything answering needs from loaded data; done once at start-up. `population`: the
 * shipped residents, then any imported ones (a later row for the same area and year wins).
 */
export function buildBrain(catalogue: CatalogueIndex, lexicon: Lexicon, observations: Iterable<Observation>, population: Iterable<PopulationRow> = [], crimeTypes: ReadonlyMap<string, readonly Metric[]> = new Map()): Brain {
  const published = catalogue.metrics.filter((m) => isPoliceUkMetric(m));
  return {
    catalogue,
    lexicon,
    vocabulary: new MetricVocabulary(catalogue.ownMetrics, lexicon),
    ...(published.length > 0 ? { publishedVocabulary: new MetricVocabulary(published, lexicon) } : {}),
    areas: new AreaMatcher(catalogue),
    index: new ObservationIndex(observations),
    population: new PopulationTable(population, catalogue),
    crimeTypes,
  };
}
