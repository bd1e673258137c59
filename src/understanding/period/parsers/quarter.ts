import { addMonths, financialYearStart, makeMonth } from '../../../domain/month';
import type { PeriodParser } from '../period-parser';

const ORDINALS: Readonly<Record<string, number>> = { '1': 1, '2': 2, '3': 3, '4': 4, one: 1, two: 2, three: 3, four: 4, first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };

function quarterSpec(fyStartYear: number, q: number) {
  const from = addMonths(makeMonth(fyStartYear, 4), (q - 1) * 3);
  return { kind: 'quarter' as const, from, to: addMonths(from, 2) };
}

/** "Q3 2019/20", "quarter 3 of 2019/20", "third quarter 2019-20", "Q3" (this financial year's, or last year's if not begun). */
export const financialQuarter: PeriodParser = {
  name: 'financial-quarter',
  pattern: /\b(?:q([1-4])|quarter (one|two|three|four|[1-4])|(first|second|third|fourth|1st|2nd|3rd|4th) quarter)(?: (?:of |in )?(?:(?:fy|financial year) ?)?(?:20)?(\d{2}) ?[/-] ?(?:20)?(\d{2}))?\b/,
  extract(m, ctx) {
    const q = ORDINALS[m[1] ?? m[2] ?? m[3] ?? ''];
    if (q === undefined) return null;
    if (m[4] !== undefined && m[5] !== undefined) {
      const a = Number(m[4]);
      if ((a + 1) % 100 !== Number(m[5])) return null;
      return quarterSpec(2000 + a, q);
    }
    const lastMonth = addMonths(ctx.thisMonth, -1);
    const fy = financialYearStart(lastMonth);
    const spec = quarterSpec(fy, q);
    return spec.from <= lastMonth ? spec : quarterSpec(fy - 1, q);
  },
};

/** "last quarter", "previous quarter": the last complete financial quarter. */
export const lastQuarter: PeriodParser = {
  name: 'last-quarter',
  pattern: /\b(?:last|previous|latest|most recent) (?:complete )?quarter\b/,
  extract(_m, ctx) {
    // Quarters end in June, September, December and March.
    let end = addMonths(ctx.thisMonth, -1);
    while (![3, 6, 9, 12].includes(Number(end.slice(5)))) end = addMonths(end, -1);
    return { kind: 'quarter', from: addMonths(end, -2), to: end };
  },
};

/** "this quarter", "the current quarter": the financial quarter holding this month, which is not complete. */
export const thisQuarter: PeriodParser = {
  name: 'this-quarter',
  pattern: /\b(?:this|current|the current) (?:financial )?quarter\b/,
  extract(_m, ctx) {
    let start = ctx.thisMonth;
    while (![4, 7, 10, 1].includes(Number(start.slice(5)))) start = addMonths(start, -1);
    return { kind: 'quarter', from: start, to: addMonths(start, 2) };
  },
};
