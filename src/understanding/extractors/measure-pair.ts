import type { Unit } from '../../domain/catalogue-types';
import { detectMeasure } from '../intent/measure-words';
import { extractPerHead } from '../intent/per-head-words';
import type { Lexicon } from '../lexicon';
import { Sentence } from '../sentence';

/**
 * Two measures of one subject: "burglary outcome rate and count", "outcomes and rate", "number and
 * rate of burglary outcomes". A part of a list made only of measure words asks for its neighbour's
 * subject again, in its own measure; each part is read in the measure it says, never in one measure
 * for all.
 */

/** The kind of figure a part says by itself: a measure phrase ("rate", "how many"), or a count noun ("count", "the number"). */
export function measureOf(words: readonly string[], lexicon: Lexicon): Unit | undefined {
  return detectMeasure(words.join(' '), lexicon) ?? (words.some((w) => lexicon.countNouns.has(w)) ? 'count' : undefined);
}

function isMeasureWord(word: string, lexicon: Lexicon): boolean {
  return lexicon.measureWords.has(word) || lexicon.countNouns.has(word);
}

/** A part that is only a measure ("count", "and the number", "rate"): it names no subject of its own. */
export function isLoneMeasure(words: readonly string[], lexicon: Lexicon): boolean {
  if (measureOf(words, lexicon) === undefined) return false;
  return words.every((w) => isMeasureWord(w, lexicon) || lexicon.stopwords.has(w));
}

/** The subject of a part: its words without the measure words ("burglary outcome" of "burglary outcome rate"). */
export function subjectOf(words: readonly string[], lexicon: Lexicon): string[] {
  return words.filter((w) => !isMeasureWord(w, lexicon));
}

/** "robbery" + "rate": a crime's rate is its rate per head (per-head-words.ts), read as the count per 1,000 residents. */
export function isRatePerHead(subject: readonly string[], unit: Unit): boolean {
  if (unit !== 'percent') return false;
  const s = new Sentence(`${subject.filter((w) => w !== 'of' && w !== 'the').join(' ')} rate`);
  return extractPerHead(s) === 'crime_rate';
}

/**
 * The measure each part of a list is read in: its own; else that of an earlier part ("outcome rate
 * for burglary and robbery"); else, when no part says one (it was taken: "robbery rate" per head),
 * the question's.
 */
export function measuresOfParts(parts: readonly (readonly string[])[], lexicon: Lexicon, whole: Unit | undefined): (Unit | undefined)[] {
  const own = parts.map((p) => measureOf(p, lexicon));
  const anyOwn = own.some((u) => u !== undefined);
  let earlier: Unit | undefined;
  return own.map((u) => {
    earlier = u ?? earlier;
    return u ?? earlier ?? (anyOwn ? undefined : whole);
  });
}
