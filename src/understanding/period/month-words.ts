import { editDistance } from '../edit-distance';
import { compareMonths, makeMonth, yearOf, type Month } from '../../domain/month';

const MONTH_WORDS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^jan(uary)?$/, 1], [/^feb(ruary)?$/, 2], [/^mar(ch)?$/, 3], [/^apr(il)?$/, 4], [/^may$/, 5], [/^june?$/, 6],
  [/^july?$/, 7], [/^aug(ust)?$/, 8], [/^sept?(ember)?$/, 9], [/^oct(ober)?$/, 10], [/^nov(ember)?$/, 11], [/^dec(ember)?$/, 12],
];

/** A pattern source that matches one month word (full or short). */
export const MONTH_WORD = '(?:january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|october|oct|november|nov|december|dec)';

/** 1–12 for a month word, undefined otherwise. */
export function monthNumberOf(word: string): number | undefined {
  for (const [re, n] of MONTH_WORDS) if (re.test(word)) return n;
  return undefined;
}

/** "19", "'19", "2019" as a calendar year. */
export function yearOf2or4(text: string): number | undefined {
  const digits = text.replace(/^'/, '');
  if (/^\d{4}$/.test(digits)) {
    const y = Number(digits);
    return y >= 1990 && y <= 2100 ? y : undefined;
  }
  if (/^\d{2}$/.test(digits)) return 2000 + Number(digits);
  return undefined;
}

/** The most recent month with that number not after `thisMonth`. */
export function mostRecentMonth(month1to12: number, thisMonth: Month): Month {
  const candidate = makeMonth(yearOf(thisMonth), month1to12);
  return compareMonths(candidate, thisMonth) <= 0 ? candidate : makeMonth(yearOf(thisMonth) - 1, month1to12);
}

const FULL_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Corrects misspelt month names ("janaury", "feburary", "decmber") so the period parsers read them. */
export function correctMonthTypos(text: string): string {
  return text.replace(/\b[a-z]{5,10}\b/g, (word) => {
    if (monthNumberOf(word) !== undefined) return word;
    for (const name of FULL_NAMES) {
      if (name.length >= 5 && word[0] === name[0] && editDistance(word, name) <= (name.length >= 7 ? 2 : 1)) return name;
    }
    return word;
  });
}
