import { addMonths, financialYearStart, monthOfDate, type Month } from '../../domain/month';
import type { PeriodSpec } from './period-spec';

/**
 * The one place that decides what every financial-year phrase means on a given day. The financial
 * year runs April to March; a month counts once it has ended, so on 20 April 2019 the year
 * 2018/19 is complete and 2019/20 has no complete month yet.
 */
export interface FinancialCalendar {
  /** The calendar month that holds today. */
  readonly thisMonth: Month;
  /** The last complete month. */
  readonly lastMonth: Month;
  /** The financial year that holds today, by its starting year ("2019" for 2019/20). */
  readonly currentStart: number;
  /** The last financial year that has ended. */
  readonly lastCompleteStart: number;
}

export function financialCalendar(today: string): FinancialCalendar {
  const thisMonth = monthOfDate(today);
  const currentStart = financialYearStart(thisMonth);
  return { thisMonth, lastMonth: addMonths(thisMonth, -1), currentStart, lastCompleteStart: currentStart - 1 };
}

/** "This financial year", "year to date", "this year": April of the current year to last month (possibly empty in April). */
export function yearToDate(today: string): PeriodSpec {
  const cal = financialCalendar(today);
  return { kind: 'fytd', to: cal.lastMonth, startYear: cal.currentStart };
}

/** "Last financial year", "year end", "March year end": the last financial year that has ended. */
export function lastCompleteYear(today: string): PeriodSpec {
  return { kind: 'fy', startYear: financialCalendar(today).lastCompleteStart };
}

/** A financial year by name ("2019/20"): the year so far while it is running, the whole year otherwise. */
export function namedYear(startYear: number, today: string, soFar: boolean): PeriodSpec {
  const cal = financialCalendar(today);
  if (soFar || startYear === cal.currentStart) return { kind: 'fytd', to: cal.lastMonth, startYear };
  return { kind: 'fy', startYear };
}
