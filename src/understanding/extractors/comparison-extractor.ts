import { addMonths, monthOfDate } from '../../domain/month';
import { extractComparisons } from '../intent/comparison-words';
import { MONTH_WORD, monthNumberOf, mostRecentMonth } from '../period/month-words';
import type { Extractor } from './extractor';

/** "compared to December": a month after a comparison word. */
const VS_MONTH = new RegExp(`\\b(?:vs|versus|compared? (?:with|to)|against|than) (?:in )?(${MONTH_WORD})\\b(?! '?\\d)`);

/**
 * "vs last year", "since year end": taken before periods so "last year" there is not a period.
 * "compared to December" is the `previous` comparison only when December is the month before the
 * latest complete month; any other month is a second period, read side by side.
 */
export const comparisonExtractor: Extractor = {
  name: 'comparison',
  run(draft) {
    const before = draft.sentence.text;
    draft.comparisons.push(...extractComparisons(draft.sentence).filter((k) => !draft.comparisons.includes(k)));
    const monthBefore = addMonths(monthOfDate(draft.today), -2);
    draft.sentence.scan(VS_MONTH, (m) => {
      const n = monthNumberOf(m[1] ?? '');
      if (n === undefined) return false;
      if (mostRecentMonth(n, monthOfDate(draft.today)) !== monthBefore) {
        draft.versusMonth = true;
        return false;
      }
      if (!draft.comparisons.includes('previous')) draft.comparisons.push('previous');
      return true;
    });
    for (const span of takenText(before, draft.sentence.text)) draft.said.push({ role: 'comparison', text: span });
  },
};

/** The stretches of text an extractor blanked out, by comparing the sentence before and after. */
export function takenText(before: string, after: string): string[] {
  const spans: string[] = [];
  let current = '';
  for (let i = 0; i < before.length; i++) {
    if (before[i] !== after[i]) current += before[i];
    else if (current) {
      spans.push(current.trim());
      current = '';
    }
  }
  if (current) spans.push(current.trim());
  return spans.filter((s) => s.length > 0);
}
