import { MONTH_WORD, monthNumberOf } from '../period/month-words';
import { asTyped, takeAll, type Extractor } from './extractor';

/**
 * Grains and spans the store does not hold: it has whole past months. Weeks, days, hours and the
 * future are taken here, first, so no later reader turns "this week" into this month or "next
 * month" into last month.
 */
const UNHELD = /\b(?:(?:this|last|next|past|previous|the) (?:week|fortnight|weekend)|(?:last|past|next|previous) (?:\d+|few|two|three|four|five|six|seven|ten|fourteen|thirty) (?:days|weeks|hours)|week (?:to date|ending|commencing|beginning)|weekly|daily|per day|each day|a day|by day|day by day|yesterday|today|tonight|tomorrow|this (?:morning|afternoon|evening)|last night|overnight|next (?:month|quarter|year|financial year|fy)|hourly|per hour|an hour|(?:on )?(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)|(?:in the )?future|forecast|predicted|projected)\b/;

/** A whole date ("15/01/2020", "15th of January 2020"): one day, which the store does not hold. */
const DAY_DATE = new RegExp(`\\b(?:(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4}|\\d{2})|(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(${MONTH_WORD})(?: (\\d{4}))?)\\b`);

/** Whether a day and month (and year) exist; an impossible date is left for the period reader to quote back. */
function exists(day: number, month: number, year: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export const grainExtractor: Extractor = {
  name: 'grain',
  run(draft) {
    draft.unheld.push(...takeAll(draft, UNHELD, 'grain'));
    draft.sentence.scan(DAY_DATE, (m) => {
      const numeric = m[1] !== undefined;
      const day = Number(numeric ? m[1] : m[4]);
      const month = numeric ? Number(m[2]) : monthNumberOf(m[5] ?? '') ?? 0;
      const yearText = numeric ? m[3] : m[6];
      const year = yearText === undefined ? 2000 : yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
      if (!exists(day, month, year)) return false;
      draft.unheld.push(asTyped(draft, m[0]));
      draft.said.push({ role: 'grain', text: asTyped(draft, m[0]) });
      return true;
    });
  },
};
