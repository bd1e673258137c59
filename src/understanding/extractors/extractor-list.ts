import { breakdownExtractor, seriesExtractor, sourceExtractor } from './breakdown-extractor';
import { comparisonExtractor } from './comparison-extractor';
import type { Extractor } from './extractor';
import { exclusionExtractor } from './exclusion-extractor';
import { grainExtractor } from './grain-extractor';
import { driversExtractor, perHeadExtractor, rankingExtractor } from './meeting-extractors';
import { measureExtractor } from './measure-extractor';
import { outsidePlaceExtractor } from './outside-place-extractor';
import { periodExtractor } from './period-extractor';
import { monthTownExtractor, placeExtractor } from './place-extractor';

/**
 * The extractors, in order; each takes the words it reads from the sentence, so later ones never
 * see them. What is left after the last is the metric (metric-words.ts), filler, or uncovered.
 * - grains not held first ("this week", "next month"), before any period reader can claim a part;
 * - exclusions ("excluding shoplifting"), so the part taken out is not read as the metric;
 * - what drives a change, per head, rankings ("why is … up", "crime rate", "top 3 districts"), each
 *   before comparisons and places take "higher than", "districts" or "down";
 * - comparisons before periods ("vs last year" is not the period last year);
 * - breakdown and trend words, then the source;
 * - towns that are also months ("the town of March"), then periods, then places outside the force before the force's own ("North Hertfordshire").
 * To read something new (a ranking, per head), add an extractor file and put it in this list.
 */
export const EXTRACTORS: readonly Extractor[] = [
  measureExtractor,
  grainExtractor,
  exclusionExtractor,
  driversExtractor,
  perHeadExtractor,
  rankingExtractor,
  comparisonExtractor,
  breakdownExtractor,
  seriesExtractor,
  sourceExtractor,
  monthTownExtractor,
  periodExtractor,
  outsidePlaceExtractor,
  placeExtractor,
];
