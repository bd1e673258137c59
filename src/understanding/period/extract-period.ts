import type { Sentence } from '../sentence';
import { PERIOD_PARSERS } from './configuration';
import { MONTH_WORD } from './month-words';
import { INVALID_DATE } from './period-parser';
import type { PeriodContext, PeriodReading } from './period-spec';

/** Words that ask for the single month rather than the metric's default window ("January only" too). */
const MONTH_ONLY_AFTER_MONTH = new RegExp(`(?<=\\b${MONTH_WORD}(?: '?\\d{2}| \\d{4})?) (?:only|on its own|by itself)\\b`);
const MONTH_ONLY = new RegExp(`\\b(?:alone|on its own|by itself|(?:in|for) (?:the|that) month(?: of| alone)?|for the month of|the month of|month of(?= ${MONTH_WORD}\\b)|monthly(?: figure| rate| value)?|single month|month only|in[- ]month|discrete month)\\b`);

export interface PeriodExtraction {
  readonly period?: PeriodReading;
  /** Further periods stated (a reading with two periods is not guessed between). */
  readonly others: readonly PeriodReading[];
  readonly monthOnly: boolean;
  /** Dates that cannot exist ("31/02/2019"). */
  readonly invalid: readonly string[];
  /** The words between one period and the next ("vs", "and", "or"), one fewer than the periods. */
  readonly between: readonly string[];
}

/** Runs the parsers in order over what is left of the sentence, taking the words each reads. */
export function extractPeriod(sentence: Sentence, ctx: PeriodContext): PeriodExtraction {
  let monthOnly = false;
  sentence.scan(MONTH_ONLY_AFTER_MONTH, () => {
    monthOnly = true;
    return true;
  });
  sentence.scan(MONTH_ONLY, () => {
    monthOnly = true;
    return true;
  });
  const readings: { reading: PeriodReading; at: number; end: number }[] = [];
  const invalid: string[] = [];
  for (const parser of PERIOD_PARSERS) {
    sentence.scan(parser.pattern, (m) => {
      const spec = parser.extract(m, ctx);
      if (!spec) return false;
      if (spec === INVALID_DATE) {
        invalid.push(m[0].trim());
        return true;
      }
      readings.push({ reading: { spec, text: m[0].trim(), source: parser.name, at: m.index }, at: m.index, end: m.index + m[0].length });
      return true;
    });
  }
  readings.sort((a, b) => a.at - b.at);
  const between = readings.slice(1).map((r, i) => sentence.original.slice(readings[i]?.end ?? r.at, r.at).trim());
  const [first, ...rest] = readings.map((r) => r.reading);
  return first ? { period: first, others: rest, monthOnly, invalid, between } : { others: [], monthOnly, invalid, between };
}
