import type { CatalogueIndex } from '../domain/catalogue';
import { addMonths, compareMonths, type Month } from '../domain/month';
import type { ObservationIndex } from '../domain/observation-index';

const LOOK_BACK = 24;

/**
 * The latest complete month in the store: the latest month, before `before` (a month is complete
 * only once it has ended), in which every metric that has a force figure for the month before has
 * one too. Undefined for an empty store.
 */
export function latestCompleteMonth(index: ObservationIndex, catalogue: CatalogueIndex, before?: Month): Month | undefined {
  const latest = index.latestOverall();
  if (latest === undefined) return undefined;
  const force = catalogue.force.id;
  let month = before !== undefined && compareMonths(latest, before) >= 0 ? addMonths(before, -1) : latest;
  for (let step = 0; step < LOOK_BACK; step++, month = addMonths(month, -1)) {
    const previous = addMonths(month, -1);
    const complete = catalogue.ownMetrics.every((m) => !index.get(m.id, force, previous) || index.get(m.id, force, month) !== undefined);
    if (complete) return month;
  }
  return month;
}
