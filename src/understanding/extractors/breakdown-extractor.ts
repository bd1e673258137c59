import { extractBreakdown, extractSeriesRequest } from '../intent/breakdown-words';
import { extractSource } from '../intent/source-words';
import { takenText } from './comparison-extractor';
import type { Extractor, ReadingDraft, SaidRole } from './extractor';

function noting(draft: ReadingDraft, role: SaidRole, read: () => void): void {
  const before = draft.sentence.text;
  read();
  for (const span of takenText(before, draft.sentence.text)) draft.said.push({ role, text: span });
}

/** "by district", "break it down", "North vs South" (with the areas), "compare the districts". */
export const breakdownExtractor: Extractor = {
  name: 'breakdown',
  run(draft) {
    noting(draft, 'breakdown', () => {
      const b = extractBreakdown(draft.sentence);
      if (b) draft.breakdown ??= b;
    });
  },
};

/** "trend", "over time", "chart". */
export const seriesExtractor: Extractor = {
  name: 'series',
  run(draft) {
    noting(draft, 'series', () => {
      if (extractSeriesRequest(draft.sentence)) draft.wantsSeries = true;
    });
  },
};

/** "police.uk", "public data". */
export const sourceExtractor: Extractor = {
  name: 'source',
  run(draft) {
    noting(draft, 'source', () => {
      const s = extractSource(draft.sentence);
      if (s) draft.source = s;
    });
  },
};
