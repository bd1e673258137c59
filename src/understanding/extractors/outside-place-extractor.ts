import type { Lexicon } from '../lexicon';
import { asTyped, type Extractor } from './extractor';
import { escapeRegExp } from '../escape-regexp';

const PATTERNS = new WeakMap<Lexicon, RegExp | null>();

function patternFor(lexicon: Lexicon): RegExp | null {
  let re = PATTERNS.get(lexicon);
  if (re === undefined) {
    const names = [...lexicon.outsidePlaces].sort((a, b) => b.length - a.length).map(escapeRegExp);
    re = names.length > 0 ? new RegExp(`\\b(?:${names.join('|')})\\b`) : null;
    PATTERNS.set(lexicon, re);
  }
  return re;
}

/**
 * Places the force does not cover (neighbouring districts, larger East of England towns and the
 * counties around), taken before the force's own places so "North Hertfordshire" is not "North".
 */
export const outsidePlaceExtractor: Extractor = {
  name: 'outside-place',
  run(draft, deps) {
    const re = patternFor(deps.lexicon);
    if (!re) return;
    draft.sentence.scan(re, (m) => {
      draft.outside.push(asTyped(draft, m[0]));
      draft.said.push({ role: 'outside', text: asTyped(draft, m[0]) });
      return true;
    });
  },
};
