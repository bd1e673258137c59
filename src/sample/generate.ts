import type { CatalogueIndex } from '../domain/catalogue';
import { ObservationIndex } from '../domain/observation-index';
import { buildSampleData } from './build-sample-data';
import { fitFacts } from './fit-facts';
import { sampleObservations, toTidyCsv } from './sample-rows';
import { failingFacts } from './seed-facts';

export type SampleResult =
  | { readonly kind: 'ok'; readonly files: ReadonlyMap<string, string>; readonly rows: number }
  | { readonly kind: 'failed'; readonly failures: readonly string[] };

/** The whole sample: generated, fitted to the paper, checked, and as one tidy CSV text per metric. */
export function generateSample(catalogue: CatalogueIndex): SampleResult {
  const data = buildSampleData(catalogue);
  fitFacts(data, catalogue);
  const rows = sampleObservations(data, catalogue);
  const failures = failingFacts(new ObservationIndex(rows), catalogue);
  if (failures.length > 0) return { kind: 'failed', failures };
  const files = new Map<string, string>();
  for (const metric of catalogue.ownMetrics) {
    files.set(metric.id, toTidyCsv(rows.filter((r) => r.metric === metric.id), (id) => catalogue.metric(id)?.unit ?? 'count'));
  }
  return { kind: 'ok', files, rows: rows.length };
}
