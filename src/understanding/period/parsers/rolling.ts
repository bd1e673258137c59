import { addMonths, makeMonth } from '../../../domain/month';
import { MONTH_WORD, monthNumberOf, mostRecentMonth, yearOf2or4 } from '../month-words';
import { NUMBER, numberOf, type PeriodParser } from '../period-parser';

/** "12 months to October 2019", "12 months ending Jan", "year to December 2019". */
export const rollingTo: PeriodParser = {
  name: 'rolling-12-to',
  pattern: new RegExp(`\\b(?:rolling )?(?:12|twelve) months? (?:to|ending|ended|up to|until|through) (?:the end of )?(${MONTH_WORD})(?: ('?\\d{2}|\\d{4}))?\\b|\\byear (?:to|ending) (${MONTH_WORD})(?: ('?\\d{2}|\\d{4}))?\\b`),
  extract(m, ctx) {
    const n = monthNumberOf(m[1] ?? m[3] ?? '');
    if (n === undefined) return null;
    const yearText = m[2] ?? m[4];
    const year = yearText === undefined ? undefined : yearOf2or4(yearText);
    return { kind: 'rolling12', to: year === undefined ? mostRecentMonth(n, ctx.thisMonth) : makeMonth(year, n) };
  },
};

/** "last 12 months", "past twelve months", "past year", "previous 12 months": the 12 months to last month. */
export const lastTwelveMonths: PeriodParser = {
  name: 'last-12-months',
  pattern: /\b(?:(?:over |in |for |during )?(?:the )?(?:last|past|previous|latest) (?:12|twelve) months?|(?:over |in |during )?the (?:past|last) year|past year)\b/,
  extract(_m, ctx) {
    return { kind: 'rolling12', to: addMonths(ctx.thisMonth, -1) };
  },
};

/** "rolling 12 months", "rolling year", "12 month rolling", "R12": 12 months to the latest data. */
export const rollingTwelve: PeriodParser = {
  name: 'rolling-12',
  pattern: /\b(?:rolling (?:12|twelve)(?: months?| month period)?|rolling year|(?:12|twelve) months? rolling|r12|12 ?m rolling|rolling|(?:12|twelve) months?(?: period)?)\b/,
  extract() {
    return { kind: 'rolling12' };
  },
};

/** "last 3 months", "past three months", "previous 6 months": a range ending last month. */
export const lastNMonths: PeriodParser = {
  name: 'last-n-months',
  pattern: new RegExp(`\\b(?:over |in |for |during )?(?:the )?(?:last|past|previous|latest) (${NUMBER}) months\\b`),
  extract(m, ctx) {
    const n = numberOf(m[1] ?? '');
    if (n === undefined || n < 1 || n > 60) return null;
    const to = addMonths(ctx.thisMonth, -1);
    if (n === 12) return { kind: 'rolling12', to };
    return { kind: 'range', from: addMonths(to, -(n - 1)), to };
  },
};

/** "last two years", "past 3 years": a range of whole years' worth of months to last month. */
export const lastNYears: PeriodParser = {
  name: 'last-n-years',
  pattern: new RegExp(`\\b(?:over |in |for |during )?(?:the )?(?:last|past|previous) (${NUMBER}) years\\b`),
  extract(m, ctx) {
    const n = numberOf(m[1] ?? '');
    if (n === undefined || n < 1 || n > 5) return null;
    const to = addMonths(ctx.thisMonth, -1);
    return { kind: 'range', from: addMonths(to, -(12 * n - 1)), to };
  },
};
