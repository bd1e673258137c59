import { addMonths, financialYearStart, lastMarchBefore, yearOf } from '../../../domain/month';
import type { PeriodParser } from '../period-parser';

/** "2018/19", "FY 2018-19", "fy18/19", "financial year 2018/2019": the April–March year. */
export const financialYearByName: PeriodParser = {
  name: 'financial-year',
  pattern: /\b(?:(?:the )?(?:fy|financial year|fin year)\s?)?(?:20)?(\d{2})\s?[/-]\s?(?:20)?(\d{2})\b(?! ?[/-] ?\d)(?: (so far|to date))?/,
  extract(m, ctx) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if ((a + 1) % 100 !== b) return null;
    // The financial year still running ("2019/20" in February 2020) is its year to date.
    const lastMonth = addMonths(ctx.thisMonth, -1);
    if (m[3] !== undefined || 2000 + a === financialYearStart(lastMonth)) return { kind: 'fytd', to: lastMonth };
    return { kind: 'fy', startYear: 2000 + a };
  },
};

/** "last financial year", "previous financial year", "last FY". */
export const lastFinancialYear: PeriodParser = {
  name: 'last-financial-year',
  pattern: /\b(?:last|previous|prior) (?:financial year|fin year|fy)\b/,
  extract(_m, ctx) {
    return { kind: 'fy', startYear: financialYearStart(addMonths(ctx.thisMonth, -1)) - 1 };
  },
};

/** "year end", "March year end", "at year end", "end of the financial year": the last complete financial year. */
export const yearEnd: PeriodParser = {
  name: 'year-end',
  pattern: /\b(?:(?:at|for|as at|by) )?(?:the )?(?:(?:march|financial) )?year ?end\b|\bend of (?:the )?(?:last )?financial year\b/,
  extract(_m, ctx) {
    return { kind: 'fy', startYear: yearOf(lastMarchBefore(ctx.thisMonth)) - 1 };
  },
};

/** "year to date", "YTD", "FYTD", "this financial year", "so far this year": April to last month. */
export const financialYearToDate: PeriodParser = {
  name: 'financial-year-to-date',
  pattern: /\b(?:(?:financial |fiscal )?year to date|f?ytd|(?:this|current) (?:financial year|fin year|fy)|so far this (?:financial )?year|this year so far)\b/,
  extract(_m, ctx) {
    return { kind: 'fytd', to: addMonths(ctx.thisMonth, -1) };
  },
};
