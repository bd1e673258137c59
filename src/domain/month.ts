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

export function monthIndex(month: Month): number {
  const m = MONTH_RE.exec(month);
  if (!m) throw new Error(`not a month: ${month}`);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

export function monthFromIndex(index: number): Month {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
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
