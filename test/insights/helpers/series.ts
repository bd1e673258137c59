import { createRng } from '../../../src/sample/rng';
import type { CatalogueIndex } from '../../../src/domain/catalogue';
import { addMonths, type Month } from '../../../src/domain/month';
import type { Observation } from '../../../src/domain/observation';
import { ObservationIndex } from '../../../src/domain/observation-index';
import type { Detector } from '../../../src/insights/detector';
import type { Candidate } from '../../../src/insights/headline-types';
import { scanMonth } from '../../../src/insights/scan';
import { loadCatalogue } from '../../../src/io/load-catalogue';

export const CATALOGUE: CatalogueIndex = loadCatalogue();
export const LAST: Month = '2020-01';

/** Deterministic noise, uniform in [-1, 1] (mulberry32). */
export function noise(seed: number): () => number {
  const rng = createRng(seed);
  return () => rng() * 2 - 1;
}

/** The months of `values`, ending at `to`. */
function monthsEnding(to: Month, n: number): Month[] {
  return Array.from({ length: n }, (_, i) => addMonths(to, i - n + 1));
}

/** A count (or median, or stock) series ending at `to`. */
export function counts(metric: string, area: string, values: readonly number[], to: Month = LAST): Observation[] {
  return monthsEnding(to, values.length).map((month, i) => ({ metric, area, month, value: values[i] ?? 0, numerator: null, denominator: null }));
}

/** A ratio series ending at `to`, from [numerator, denominator] pairs; value = 100 × n / d. */
export function ratios(metric: string, area: string, parts: readonly (readonly [number, number])[], to: Month = LAST): Observation[] {
  return monthsEnding(to, parts.length).map((month, i) => {
    const [numerator, denominator] = parts[i] ?? [0, 0];
    return { metric, area, month, value: denominator > 0 ? (100 * numerator) / denominator : null, numerator, denominator };
  });
}

/** `n` months around `level`, wobbling by up to `spread` (a quiet series). */
export function quiet(n: number, level: number, spread: number, seed = 7): number[] {
  const r = noise(seed);
  return Array.from({ length: n }, () => Math.round(level + spread * r()));
}

/** What one detector finds about one metric in one area in January 2020 on the given data. */
export function findings(detector: Detector, observations: readonly Observation[], metric: string, area = 'force', month: Month = LAST): Candidate[] {
  const index = new ObservationIndex(observations);
  return scanMonth(index, CATALOGUE, month, { detectors: [detector] }).candidates.filter((c) => c.metric === metric && c.area === area);
}
