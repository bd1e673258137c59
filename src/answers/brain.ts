import type { CatalogueIndex } from '../domain/catalogue';
import type { Observation } from '../domain/observation';
import { isPoliceUkMetric } from '../domain/police-uk-catalogue';
import { ObservationIndex } from '../domain/observation-index';
import { AreaMatcher } from '../understanding/area/area-matcher';
import type { Lexicon } from '../understanding/lexicon';
import { MetricVocabulary } from '../understanding/metric/metric-vocabulary';
import type { Brain } from './ask';

/** Builds everything answering needs from loaded data; done once at start-up. */
export function buildBrain(catalogue: CatalogueIndex, lexicon: Lexicon, observations: Iterable<Observation>): Brain {
  const published = catalogue.metrics.filter((m) => isPoliceUkMetric(m));
  return {
    catalogue,
    lexicon,
    vocabulary: new MetricVocabulary(catalogue.ownMetrics, lexicon),
    ...(published.length > 0 ? { publishedVocabulary: new MetricVocabulary(published, lexicon) } : {}),
    areas: new AreaMatcher(catalogue),
    index: new ObservationIndex(observations),
  };
}
