import type { BenchSection } from './bench-types';
import { coreSection } from './core-section';
import { httpSection } from './http-section';
import { loadSection } from './load-section';
import { policeUkSection } from './police-uk-section';
import { rssSection } from './rss-section';
import { searchBoxSection } from './search-box-section';
import { storageSection } from './storage-section';
import { tidyImportSection } from './tidy-import-section';

/**
 * The bench's sections, run in this order; each adds its figures to the table and to
 * bench-results.json. To add one, write a `BenchSection` in its own file here and list it below.
 */
export const BENCH_SECTIONS: readonly BenchSection[] = [
  coreSection,
  tidyImportSection,
  policeUkSection,
  searchBoxSection,
  httpSection,
  loadSection,
  storageSection,
  // In a process of its own: the RSS of a perfbot brain answering, not of this bench.
  rssSection,
];
