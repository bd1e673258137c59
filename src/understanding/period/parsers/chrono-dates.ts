import type * as Chrono from 'chrono-node';
import { makeMonth } from '../../../domain/month';
import { INVALID_DATE, type PeriodParser } from '../period-parser';
import { MONTH_WORD, mostRecentMonth } from '../month-words';

let gb: Chrono.Chrono | undefined;

/** chrono takes a tenth of a second to load; most questions never need it, so it loads on first use. */
function chronoGB(): Chrono.Chrono {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  gb ??= (require('chrono-node') as typeof Chrono).en.GB;
  return gb;
}

/**
 * Whole dates that chrono (en-GB, day before month) reads: "15/01/2020", "3rd of January 2020",
 * "yesterday". The period is the month that holds the date. Durations ("within 10 seconds") are
 * not dates and the pattern does not offer them.
 */
export const chronoDates: PeriodParser = {
  name: 'chrono-en-gb',
  pattern: new RegExp(`\\b(?:\\d{1,2}[/.]\\d{1,2}[/.](?:\\d{4}|\\d{2})|\\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH_WORD}(?: \\d{4})?|yesterday|today|tomorrow|tonight)\\b`),
  extract(m, ctx) {
    const ref = new Date(`${ctx.today}T12:00:00Z`);
    const first = chronoGB().parse(m[0], ref)[0];
    if (!first) return /\d[/.]\d/.test(m[0]) ? INVALID_DATE : null;
    const month = first.start.get('month');
    const year = first.start.get('year');
    if (month === null || year === null) return null;
    const anchored = first.start.isCertain('year') || /day|to/.test(m[0]);
    return { kind: 'month', month: anchored ? makeMonth(year, month) : mostRecentMonth(month, ctx.thisMonth) };
  },
};
