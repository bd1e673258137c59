import type { CatalogueIndex } from '../domain/catalogue';
import type { Area, Metric } from '../domain/catalogue-types';
import type { Month } from '../domain/month';
import type { ObservationIndex } from '../domain/observation-index';
import type { Detector, ScanContext } from './detector';
import { DETECTORS } from './detectors/configuration';
import type { Candidate } from './headline-types';
import { buildSubject, type Subject } from './subject';

export interface ScanOptions {
  /** Only this area and the areas under it (default: every area). */
  readonly area?: string;
  readonly detectors?: readonly Detector[];
}

export interface Scan {
  readonly month: Month;
  /** Metric-area pairs with a figure for the month. */
  readonly subjects: number;
  readonly candidates: readonly Candidate[];
}

/** The area and every area below it, top down. */
export function areasUnder(catalogue: CatalogueIndex, areaId: string): Area[] {
  const area = catalogue.area(areaId);
  if (!area) return [];
  return [area, ...catalogue.children(areaId).flatMap((c) => areasUnder(catalogue, c.id))];
}

function makeContext(index: ObservationIndex, catalogue: CatalogueIndex, month: Month): ScanContext {
  const cache = new Map<string, Subject | undefined>();
  return {
    index,
    catalogue,
    month,
    subject(metric: Metric, areaId: string) {
      const key = `${metric.id}|${areaId}`;
      if (!cache.has(key)) {
        const area = catalogue.area(areaId);
        const ok = area !== undefined && catalogue.hasLevel(metric, areaId) && index.has(metric.id, areaId);
        cache.set(key, ok ? buildSubject(index, metric, area, month) : undefined);
      }
      return cache.get(key);
    },
  };
}

/** Every candidate headline for a month: each detector over every metric at every area it has. */
export function scanMonth(index: ObservationIndex, catalogue: CatalogueIndex, month: Month, options: ScanOptions = {}): Scan {
  const areas = areasUnder(catalogue, options.area ?? catalogue.force.id);
  const detectors = options.detectors ?? DETECTORS;
  const context = makeContext(index, catalogue, month);
  const candidates: Candidate[] = [];
  let subjects = 0;
  // The headlines are the force's own figures; the public police.uk files are for questions.
  for (const metric of catalogue.ownMetrics) {
    for (const area of areas) {
      const subject = context.subject(metric, area.id);
      if (!subject) continue;
      subjects++;
      for (const detector of detectors) candidates.push(...detector.detect(subject, context));
    }
  }
  return { month, subjects, candidates };
}
