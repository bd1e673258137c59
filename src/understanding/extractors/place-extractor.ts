import type { Extractor } from './extractor';

/** The force's own places: areas, districts and towns, longest name first. */
export const placeExtractor: Extractor = {
  name: 'place',
  run(draft, deps) {
    for (const a of deps.areas.extract(draft.sentence)) {
      draft.areas.push(a);
      draft.said.push({ role: 'area', text: a.area.name });
    }
  },
};
