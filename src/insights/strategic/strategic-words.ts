import { MONTH_NAMES, monthNumber, type Month } from '../../domain/month';
import { DIGEST_STRINGS as S } from '../digest-strings';
import type { Candidate, HeadlineKind } from '../headline-types';

/** "January": the digest's own month, by name alone, as the paper writes it. */
export function monthName(month: Month): string {
  return MONTH_NAMES[monthNumber(month) - 1] ?? month;
}

/** "a", "a and b", "a, b and c". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(S.comma)}${S.and}${items[items.length - 1] ?? ''}`;
}

export function monthsInWords(n: number): string {
  return S.numberWords[n - 1] ?? String(n);
}

const RECORDS: ReadonlySet<HeadlineKind> = new Set(['highest_since', 'lowest_since', 'n_month_high', 'n_month_low']);
const TRENDS: ReadonlySet<HeadlineKind> = new Set(['trend', 'trend_halted']);

export const isRecord = (c: Candidate): boolean => RECORDS.has(c.kind);
export const isTrend = (c: Candidate): boolean => TRENDS.has(c.kind);
/** A trend's direction was down: for a halt, the trend before it (its step went up). */
export function trendWasDown(c: Candidate): boolean {
  return c.kind === 'trend_halted' ? (c.change ?? 0) > 0 : (c.change ?? 0) < 0;
}
