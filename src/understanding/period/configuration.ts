import type { PeriodParser } from './period-parser';
import { financialQuarter, lastQuarter, thisQuarter } from './parsers/quarter';
import { financialYearByName, financialYearToDate, lastFinancialYear, yearEnd } from './parsers/financial-year';
import { lastNMonths, lastNYears, lastTwelveMonths, rollingTo, rollingTwelve } from './parsers/rolling';
import { calendarYear, monthRangeParser, monthRelativeYear, sinceParser, singleMonth } from './parsers/month-range';
import { relativeMonth } from './parsers/relative-month';
import { chronoDates } from './parsers/chrono-dates';

/**
 * The period parsers, in order. Longer and more specific statements come first so that their
 * words are taken before a shorter reading can claim part of them:
 * - quarters before financial years ("Q3 2019/20" holds "2019/20");
 * - "12 months to October" before ranges and months; "last 12 months" before "last N months";
 * - financial-year words before calendar years ("year to date" before "year");
 * - ranges and "since" before single months (both hold months);
 * - "January last year" before "last year"; relative months before calendar years ("last month");
 * - chrono last, for whole dates that nothing else read.
 */
export const PERIOD_PARSERS: readonly PeriodParser[] = [
  financialQuarter,
  lastQuarter,
  thisQuarter,
  rollingTo,
  lastTwelveMonths,
  lastNMonths,
  lastNYears,
  rollingTwelve,
  financialYearToDate,
  lastFinancialYear,
  yearEnd,
  financialYearByName,
  monthRangeParser,
  sinceParser,
  monthRelativeYear,
  relativeMonth,
  chronoDates,
  singleMonth,
  calendarYear,
];
