import type { PeriodContext, PeriodSpec } from './period-spec';

/**
 * One way of stating a period: a pattern, and what a match means (null: not a period after all;
 * INVALID_DATE: a date that cannot exist, such as 31/02/2019, taken so nothing else misreads it).
 */
export interface PeriodParser {
  readonly name: string;
  readonly pattern: RegExp;
  extract(match: RegExpExecArray, ctx: PeriodContext): PeriodSpec | typeof INVALID_DATE | null;
}

export const INVALID_DATE = 'invalid-date';

/** Words for small numbers people write out. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  eighteen: 18, 'twenty four': 24, thirty: 30, thirtysix: 36,
};

export const NUMBER = '(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty four)';

export function numberOf(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  return NUMBER_WORDS[text];
}
