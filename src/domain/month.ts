/** A calendar month as `YYYY-MM`. Months are also handled as a running index (year * 12 + month - 1). */
export type Month = string;

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const MONTH_NAMES: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

export function isMonth(text: string): boolean {
  return MONTH_RE.test(text);
}

/** The digit at `i` of `text`, or -1. */
function digitAt(text: string, i: number): number {
  const d = text.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

/**
 * The running index of a `YYYY-MM` month (what MONTH_RE accepts; anything else throws). Read digit
 * by digit: every window and comparison calls it many times, and a regular expression match
 * allocated each time.
 */
export function monthIndex(month: Month): number {
  if (month.length === 7 && month.charCodeAt(4) === 45) {
    const y0 = digitAt(month, 0);
    const y1 = digitAt(month, 1);
    const y2 = digitAt(month, 2);
    const y3 = digitAt(month, 3);
    const m0 = digitAt(month, 5);
    const m1 = digitAt(month, 6);
    const m = m0 * 10 + m1;
    if (y0 >= 0 && y1 >= 0 && y2 >= 0 && y3 >= 0 && m0 >= 0 && m1 >= 0 && m >= 1 && m <= 12) return (y0 * 1000 + y1 * 100 + y2 * 10 + y3) * 12 + m - 1;
  }
  throw new Error(`not a month: ${month}`);
}

/** Months already written, by index: windows are moved month by month many times a question. */
const WRITTEN = new Map<number, Month>();

export function monthFromIndex(index: number): Month {
  let text = WRITTEN.get(index);
  if (text === undefined) {
    const year = Math.floor(index / 12);
    const month = index - year * 12 + 1;
    text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    // Bounded: a year 0-9999 month is one of 120,000; anything else is not kept.
    if (index >= 0 && index < 120_000) WRITTEN.set(index, text);
  }
  return text;
}

export function makeMonth(year: number, month1to12: number): Month {
  return monthFromIndex(year * 12 + month1to12 - 1);
}

export function addMonths(month: Month, n: number): Month {
  return monthFromIndex(monthIndex(month) + n);
}

/** Whole months from `a` to `b` (b - a). */
export function monthsBetween(a: Month, b: Month): number {
  return monthIndex(b) - monthIndex(a);
}

export function compareMonths(a: Month, b: Month): number {
  return monthIndex(a) - monthIndex(b);
}

export function minMonth(a: Month, b: Month): Month {
  return compareMonths(a, b) <= 0 ? a : b;
}

export function maxMonth(a: Month, b: Month): Month {
  return compareMonths(a, b) >= 0 ? a : b;
}

export function yearOf(month: Month): number {
  return Math.floor(monthIndex(month) / 12);
}

/** 1 to 12. */
export function monthNumber(month: Month): number {
  return (monthIndex(month) % 12) + 1;
}

/** Every month from `from` to `to`, inclusive. */
export function monthRange(from: Month, to: Month): Month[] {
  const out: Month[] = [];
  for (let i = monthIndex(from); i <= monthIndex(to); i++) out.push(monthFromIndex(i));
  return out;
}

/** The financial year (April to March) that holds `month`, named by its starting calendar year. */
export function financialYearStart(month: Month): number {
  const n = monthNumber(month);
  return n >= 4 ? yearOf(month) : yearOf(month) - 1;
}

/** The last March strictly before `month` (the March year end that `month` is compared with). */
export function lastMarchBefore(month: Month): Month {
  const n = monthNumber(month);
  const y = yearOf(month);
  return n > 3 ? makeMonth(y, 3) : makeMonth(y - 1, 3);
}

/** The month that holds a date given as `YYYY-MM-DD`. */
export function monthOfDate(isoDate: string): Month {
  return isoDate.slice(0, 7);
}

/** "January 2020". */
export function monthLabel(month: Month): string {
  return `${MONTH_NAMES[monthNumber(month) - 1]} ${yearOf(month)}`;
}

/** "Jan 20". */
export function shortMonthLabel(month: Month): string {
  return `${(MONTH_NAMES[monthNumber(month) - 1] ?? '').slice(0, 3)} ${String(yearOf(month) % 100).padStart(2, '0')}`;
}
