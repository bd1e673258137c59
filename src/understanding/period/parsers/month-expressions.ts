import { addMonths, compareMonths, makeMonth, yearOf, type Month } from '../../../domain/month';
import { MONTH_WORD, monthNumberOf, mostRecentMonth, yearOf2or4 } from '../month-words';
import type { PeriodContext } from '../period-spec';

/** A month with an optional year: "january", "jan 19", "january '19", "january of 2019", "2019-01", "01/2019". */
export const MONTH_EXPR = `(?:${MONTH_WORD}(?: (?:of )?(?:'?\\d{2}|\\d{4})(?!\\d))?|\\d{4}-(?:0[1-9]|1[0-2])|(?:0?[1-9]|1[0-2])/\\d{4})`;

export interface MonthExpr {
  readonly month: number;
  readonly year?: number;
}

/** Reads one MONTH_EXPR match. */
export function readMonthExpr(text: string): MonthExpr | undefined {
  const iso = /^(\d{4})-(\d{2})$/.exec(text);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]) };
  const slash = /^(\d{1,2})\/(\d{4})$/.exec(text);
  if (slash) return { year: Number(slash[2]), month: Number(slash[1]) };
  const words = /^([a-z]+)(?: (?:of )?('?\d{2}|\d{4}))?$/.exec(text);
  if (!words) return undefined;
  const month = monthNumberOf(words[1] ?? '');
  if (month === undefined) return undefined;
  const year = words[2] === undefined ? undefined : yearOf2or4(words[2]);
  return year === undefined ? { month } : { month, year };
}

/** A month with no year is the most recent such month not after this month. */
export function monthOf(expr: MonthExpr, ctx: PeriodContext): Month {
  return expr.year === undefined ? mostRecentMonth(expr.month, ctx.thisMonth) : makeMonth(expr.year, expr.month);
}

/**
 * Two ends of a range; a missing year comes from the other end ("June to December 2019"), and with
 * no year at all the range ends at the most recent such month.
 */
export function rangeOf(a: MonthExpr, b: MonthExpr, ctx: PeriodContext): { from: Month; to: Month } {
  let to: Month;
  if (b.year !== undefined) to = makeMonth(b.year, b.month);
  else if (a.year !== undefined) to = makeMonth(b.month >= a.month ? a.year : a.year + 1, b.month);
  else to = mostRecentMonth(b.month, ctx.thisMonth);
  let from = a.year !== undefined ? makeMonth(a.year, a.month) : makeMonth(yearOf(to), a.month);
  if (compareMonths(from, to) > 0) from = a.year !== undefined ? from : addMonths(from, -12);
  return compareMonths(from, to) <= 0 ? { from, to } : { from: to, to: from };
}
