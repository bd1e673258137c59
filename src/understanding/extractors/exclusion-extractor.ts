import type { Extractor } from './extractor';

/**
 * "all crime excluding shoplifting", "burglary except Cambridge": the store holds no figure with a
 * part taken out, so the exclusion is taken whole and left uncovered; the reply says it cannot do it
 * rather than answer the part named after "excluding".
 */
const EXCLUDING = /\b(?:excluding|exclude|excl|except(?: for)?|apart from|other than|not including|minus|leaving out|less|net of) (?:the )?[a-z0-9'-]+(?: (?:and|or) [a-z0-9'-]+)?\b/;

export const exclusionExtractor: Extractor = {
  name: 'exclusion',
  run(draft) {
    draft.sentence.scan(EXCLUDING, (m) => {
      draft.excluded.push(m[0]);
      draft.said.push({ role: 'exclusion', text: m[0] });
      return true;
    });
  },
};
