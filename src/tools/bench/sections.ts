import type { BenchSection } from './bench-types';
import { coreSection } from './core-section';
import { httpSection } from './http-section';
import { loadSection } from './load-section';
import { rssSection } from './rss-section';
import { storageSection } from './storage-section';
import { tidyImportSection } from './tidy-import-section';

/**
 * The bench's sections, run in this order; each adds its figures to the table and to
 * bench-results.json. To add one, write a `BenchSection` in its own file here and list it below.
 */
export const BENCH_SECTIONS: readonly BenchSection[] = [
  coreSection,
  rssSection,
  tidyImportSection,
  // ── ADD HERE: the police.uk street import (rows/s), e.g. `policeUkStreetImportSection` from
  //    './police-uk-street-import-section': import a generated street-level file into a fresh store,
  //    and return figures such as { label: 'police.uk street import, rows/s', value, aim }.
  httpSection,
  loadSection,
  storageSection,
];
