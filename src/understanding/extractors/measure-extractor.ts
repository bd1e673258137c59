import { detectMeasure } from '../intent/measure-words';
import type { Extractor } from './extractor';

/** "rate", "how many", "how long": which kind of figure. It takes no words: they also help name the metric. */
export const measureExtractor: Extractor = {
  name: 'measure',
  run(draft, deps) {
    const m = detectMeasure(draft.text, deps.lexicon);
    if (m) draft.measure = m;
  },
};
