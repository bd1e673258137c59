import { PERCENT_CHANGE } from '../intent/comparison-words';
import { measureOf } from './measure-pair';
import type { Extractor } from './extractor';

/** "rate", "how many", "how long", "count": which kind of figure. It takes no words: they also help name the metric. */
export const measureExtractor: Extractor = {
  name: 'measure',
  run(draft, deps) {
    // A measure phrase ("rate", "how many"), else a count noun on its own ("and the count?", "burglary volume").
    // "% change" asks how much the figure moved (comparison-words.ts), not for a percentage figure.
    const m = measureOf(draft.text.replace(new RegExp(PERCENT_CHANGE.source, 'g'), ' ').split(' '), deps.lexicon);
    if (m) draft.measure = m;
  },
};
