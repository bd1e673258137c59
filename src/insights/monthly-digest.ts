import type { CatalogueIndex } from '../domain/catalogue';
import { monthLabel, type Month } from '../domain/month';
import type { ObservationIndex } from '../domain/observation-index';
import { HEADLINES } from '../strings';
import { DIGEST_STRINGS } from './digest-strings';
import { selectHeadlines } from './digest';
import { INSIGHT_CONFIG } from './insight-config';
import { scanMonth } from './scan';
import { placeOf } from './sentences';
import { strategicParagraph, toldIndex } from './strategic/strategic-paragraph';
import { pairKey, type MonthlyDigest, type StrategicParagraph } from './strategic/strategic-types';

export interface MonthlyDigestOptions {
  /** Only this area and the areas under it. */
  readonly area?: string;
  /** At most this many headlines after the strategic paragraphs (8). */
  readonly max?: number;
}

/**
 * The month's digest as the force's paper lays it out: the strategic measures (the catalogue's
 * `strategicMeasures`, in its order) each as a paragraph of all its insights; then up to `max`
 * headlines for everything else, ranked as `buildDigest` ranks them, each theme's best first; a quiet line when nothing else
 * is notable. A month without figures is a value saying so.
 */
export function buildMonthlyDigest(index: ObservationIndex, catalogue: CatalogueIndex, month: Month, options: MonthlyDigestOptions = {}): MonthlyDigest {
  const areaPart = options.area !== undefined ? { area: options.area } : {};
  const area = catalogue.area(options.area ?? catalogue.force.id);
  const scan = scanMonth(index, catalogue, month, areaPart);
  if (scan.subjects === 0 || !area) {
    const latest = index.latestOverall();
    return { kind: 'no_data', month, ...areaPart, text: HEADLINES.noData(monthLabel(month), latest ? monthLabel(latest) : undefined) };
  }
  const told = toldIndex(scan.candidates);
  const strategic: StrategicParagraph[] = (catalogue.catalogue.strategicMeasures ?? [])
    .flatMap((m) => strategicParagraph(index, catalogue, month, area, m, told) ?? []);
  const covered = new Set(strategic.flatMap((p) => p.covers));
  const rest = scan.candidates.filter((c) => !covered.has(pairKey(c.metric, c.area)));
  const headlines = selectHeadlines(catalogue, rest, options.max ?? INSIGHT_CONFIG.digestHeadlines, true);
  const quiet = headlines.length === 0 ? { quiet: DIGEST_STRINGS.quiet(monthLabel(month), placeOf(area)) } : {};
  return { kind: 'digest', month, ...areaPart, strategic, headlines, ...quiet };
}
