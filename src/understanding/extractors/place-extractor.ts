import type { AreaReading } from '../area/area-matcher';
import type { Extractor, ReadingDraft } from './extractor';

function record(draft: ReadingDraft, found: readonly AreaReading[]): void {
  for (const a of found) {
    draft.areas.push(a);
    draft.said.push({ role: 'area', text: a.town !== undefined ? `${a.town} (${a.area.name})` : a.area.name });
  }
}

/** "the town of March", "March town": a town that is also a month, taken before the periods are read. */
export const monthTownExtractor: Extractor = {
  name: 'month-town',
  run(draft, deps) {
    record(draft, deps.areas.extractMonthTowns(draft.sentence));
  },
};

/** The force's own places: areas, districts and towns, longest name first. */
export const placeExtractor: Extractor = {
  name: 'place',
  run(draft, deps) {
    record(draft, deps.areas.extract(draft.sentence));
  },
};
