import { extractDrivers } from '../intent/driver-words';
import { extractPerHeadAsk } from '../intent/per-head-words';
import { stem } from '../metric/stem';
import { extractRanking } from '../intent/ranking-words';
import { takenText } from './comparison-extractor';
import type { Extractor, ReadingDraft, SaidRole } from './extractor';

function noting(draft: ReadingDraft, role: SaidRole, read: () => void): void {
  const before = draft.sentence.text;
  read();
  for (const span of takenText(before, draft.sentence.text)) draft.said.push({ role, text: span });
}

/** "why is … up", "what's driving the rise in …", "which district contributed most to …". */
export const driversExtractor: Extractor = {
  name: 'drivers',
  run(draft) {
    noting(draft, 'drivers', () => {
      const d = extractDrivers(draft.sentence);
      if (d) draft.drivers = d;
    });
  },
};

/** "per head", "per 1,000 residents", "crime rate" (of a count: not a percentage). */
export const perHeadExtractor: Extractor = {
  name: 'per head',
  run(draft, deps) {
    noting(draft, 'per head', () => {
      const p = extractPerHeadAsk(draft.sentence);
      if (!p) return;
      draft.perHead = true;
      if (p.kind === 'crime_rate') draft.measure = 'count';
      // "violence with injury rate per 1,000", "rate of burglary per head": the rate is the rate per
      // head of the count; "outcome rate per head" keeps its rate (which has no per-head figure).
      else if (p.rateSaidWith !== undefined && draft.measure === 'percent' && !deps.vocabulary.namesARate(stem(p.rateSaidWith))) draft.measure = 'count';
    });
  },
};

/** "which district has the most …", "top 3 districts for …", "where is … highest", "rank the districts by …". */
export const rankingExtractor: Extractor = {
  name: 'ranking',
  run(draft) {
    noting(draft, 'ranking', () => {
      const r = extractRanking(draft.sentence);
      if (r) draft.ranking = r;
    });
  },
};
