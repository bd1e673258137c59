import { measureOf } from './measure-pair';
import type { Extractor } from './extractor';

/** "rate", "how many", "how long", "count": which kind of figure. It takes no words: they also help name the metric. */
export const measureExtractor: Extractor = {
  name: 'measure',
  run(draft, deps) {
    // A measure phrase ("rate", "how many"), else a count noun on its own ("and the count?", "burglary volume").
    const m = measureOf(draft.text.split(' '), deps.lexicon);
    if (m) draft.measure = m;
  },
};
