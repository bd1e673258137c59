import type { Unit } from '../../domain/catalogue-types';
import type { Lexicon } from '../lexicon';

/** The kind of figure the words ask for ("rate", "how many", "how long"), if they say; the words stay for the metric matcher. */
export function detectMeasure(text: string, lexicon: Lexicon): Unit | undefined {
  for (const { unit, pattern } of lexicon.measures) if (pattern.test(text)) return unit;
  return undefined;
}

/** Follow-up openers: "and North?", "what about December?", "how about robbery", "same for Fenland". */
const FOLLOW_UP = /^(?:and|also|plus|what about|how about|what of|same for|same but|now|then|ok|okay|and for|and in|and what about|what if)\b/;

export function startsAsFollowUp(text: string): boolean {
  return FOLLOW_UP.test(text);
}

const ORDINALS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:the )?(?:1|one|first|1st)(?: one)?$/, 1], [/^(?:the )?(?:2|two|second|2nd)(?: one)?$/, 2],
  [/^(?:the )?(?:3|three|third|3rd)(?: one)?$/, 3], [/^(?:the )?(?:4|four|fourth|4th)(?: one)?$/, 4],
];

/** "2", "the second one": picks an option of a clarification by its place. */
export function readOrdinal(text: string): number | undefined {
  for (const [re, n] of ORDINALS) if (re.test(text.trim())) return n;
  return undefined;
}
