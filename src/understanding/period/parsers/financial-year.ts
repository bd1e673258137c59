import { financialYearStart } from '../../../domain/month';
import type { PeriodParser } from '../period-parser';
import { MONTH_EXPR, monthOf, readMonthExpr } from './month-expressions';
import { lastCompleteYear, namedYear, yearToDate } from '../financial-calendar';

/** "2018/19", "FY 2018-19", "fy18/19", "financial year 2018/2019": the April–March year. */
export const financialYearByName: PeriodParser = {
  name: 'financial-year',
  pattern: /\b(?:(?:the )?(?:fy|financial year|fin year)\s?)?(?:20)?(\d{2})\s?[/-]\s?(?:20)?(\d{2})\b(?! ?[/-] ?\d)(?: (so far|to date))?/,
  extract(m, ctx) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if ((a + 1) % 100 !== b) return null;
    return namedYear(2000 + a, ctx.today, m[3] !== undefined);
  },
};

/** "last financial year", "previous financial year", "last FY". */
export const lastFinancialYear: PeriodParser = {
  name: 'last-financial-year',
  pattern: /\b(?:last|previous|prior) (?:financial year|fin year|fy)\b/,
  extract(_m, ctx) {
    return lastCompleteYear(ctx.today);
  },
};

/** "year end", "March year end", "at year end", "end of the financial year": the last complete financial year. */
export const yearEnd: PeriodParser = {
  name: 'year-end',
  pattern: /\b(?:(?:at|for|as at|by) )?(?:the )?(?:(?:march|financial) )?year ?end\b|\bend of (?:the )?(?:last )?financial year\b/,
  extract(_m, ctx) {
    return lastCompleteYear(ctx.today);
  },
};

/** "year to date", "YTD", "FYTD", "this financial year", "so far this year", "since the start of the financial year": April to last month. */
export const financialYearToDate: PeriodParser = {
  name: 'financial-year-to-date',
  pattern: new RegExp(`\\b(?:(?:financial |fiscal )?year to date|f?ytd|(?:this|current) (?:financial year|fin year|fy)|so far this (?:financial )?year|this year so far|(?:since|from) the (?:start|beginning) of (?:the |this )?(?:financial year|fin year|fy))(?:(?: to| up to| at)? (${MONTH_EXPR}))?\\b`),
  extract(m, ctx) {
    // "financial year to date January 2020": April to that month.
    const expr = m[1] === undefined ? undefined : readMonthExpr(m[1]);
    if (expr) {
      const to = monthOf(expr, ctx);
      return { kind: 'fytd', to, startYear: financialYearStart(to) };
    }
    return yearToDate(ctx.today);
  },
};
