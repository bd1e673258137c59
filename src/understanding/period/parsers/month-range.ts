import { addMonths, makeMonth } from '../../../domain/month';
import { yearToDate } from '../financial-calendar';
import type { PeriodParser } from '../period-parser';
import { MONTH_EXPR, monthOf, rangeOf, readMonthExpr } from './month-expressions';
import { mostRecentMonth } from '../month-words';

/** "between June and December 2019", "June to December 2019", "from Apr 2019 to Sep 2019". */
export const monthRangeParser: PeriodParser = {
  name: 'month-range',
  pattern: new RegExp(`\\b(between |from )?(${MONTH_EXPR}) (and|to|until|till|through|thru|-) (?:the end of )?(${MONTH_EXPR})\\b`),
  extract(m, ctx) {
    // "January 2019 and December 2019" names two months; only "between … and …" is a range.
    if (m[3] === 'and' && m[1] !== 'between ') return null;
    const a = readMonthExpr(m[2] ?? '');
    const b = readMonthExpr(m[4] ?? '');
    if (!a || !b) return null;
    const { from, to } = rangeOf(a, b, ctx);
    return from === to ? { kind: 'month', month: from } : { kind: 'range', from, to };
  },
};

/** "since September 2019", "since April", "since last March", "since 2019", "since the start of 2019". */
export const sinceParser: PeriodParser = {
  name: 'since',
  pattern: new RegExp(`\\b(?:since|from) (?:the (?:start|beginning) of )?(?:(?:last|previous) )?(?:(${MONTH_EXPR})|(\\d{4}))(?! (?:and|to|until|till|through|thru|-) )\\b`),
  extract(m, ctx) {
    if (m[2] !== undefined) {
      const year = Number(m[2]);
      return year >= 1990 && year <= 2100 ? { kind: 'since', from: makeMonth(year, 1) } : null;
    }
    const expr = readMonthExpr(m[1] ?? '');
    if (!expr) return null;
    return { kind: 'since', from: monthOf(expr, ctx) };
  },
};

/** "January last year", "March this year". */
export const monthRelativeYear: PeriodParser = {
  name: 'month-relative-year',
  pattern: new RegExp(`\\b(${MONTH_EXPR}) (last|this) year\\b`),
  extract(m, ctx) {
    const expr = readMonthExpr(m[1] ?? '');
    if (!expr || expr.year !== undefined) return null;
    const thisYear = Number(ctx.thisMonth.slice(0, 4));
    return { kind: 'month', month: makeMonth(m[2] === 'last' ? thisYear - 1 : thisYear, expr.month) };
  },
};

/**
 * A single month, with or without its year. "may" needs a year or a preposition; "march" next to
 * Fenland is the town. "last March", "previous March": the most recent March before this month.
 */
export const singleMonth: PeriodParser = {
  name: 'month',
  pattern: new RegExp(`\\b(in |for |during |of |at |over |throughout |by |as at |end of )?(?:the month of )?(last |previous |past )?(${MONTH_EXPR})\\b(?!'s)( (?:fenland|town))?`),
  extract(m, ctx) {
    const text = m[3] ?? '';
    const expr = readMonthExpr(text);
    if (!expr) return null;
    if (m[4] !== undefined && expr.year === undefined) return null;
    if (/^may$/.test(text) && m[1] === undefined && m[2] === undefined) return null;
    if (m[2] !== undefined && expr.year !== undefined) return null;
    return { kind: 'month', month: m[2] !== undefined ? mostRecentMonth(expr.month, addMonths(ctx.thisMonth, -1)) : monthOf(expr, ctx) };
  },
};

/** "in 2019", "calendar year 2019", "2019"; "last year" and "this year" (calendar). */
export const calendarYear: PeriodParser = {
  name: 'calendar-year',
  pattern: /\b(?:(?:in |for |during |over |throughout )?(?:the )?(?:calendar year |year )?((?:19|20)\d{2})(?!\d)|(?:in |for |during |over )?(?:the )?(last|previous|this|current) (?:calendar )?year)\b/,
  extract(m, ctx) {
    if (m[1] !== undefined) return { kind: 'year', year: Number(m[1]) };
    const thisYear = Number(ctx.thisMonth.slice(0, 4));
    if (m[2] === 'last' || m[2] === 'previous') return { kind: 'year', year: thisYear - 1 };
    // "This year" in a force means the financial year so far.
    return yearToDate(ctx.today);
  },
};
