import type { IFuseOptions } from 'fuse.js';

/**
 * Every fuzzy-matching setting in one frozen place. Fuse's default threshold (0.6) would let
 * "weather" become "weapon"; police figures need a near miss to be a typo, not a guess.
 */
export const FUSE_OPTIONS: Readonly<IFuseOptions<string>> = Object.freeze({
  threshold: 0.34,
  includeScore: true,
  ignoreLocation: true,
  isCaseSensitive: false,
  minMatchCharLength: 3,
  shouldSort: true,
});

/** A word is corrected to a catalogue word only within this many edits (by the word's length). */
export function maxEdits(length: number): number {
  if (length < 4) return 0;
  if (length < 7) return 1;
  return 2;
}

/** Weight of a word the catalogue does not know: it dilutes every reading alike. */
export const UNKNOWN_WORD_WEIGHT = 1.2;

/** How a metric's score is made: coverage of the question's words, and how fully one of its phrases was said. */
export const SCORE_WEIGHTS = Object.freeze({ coverage: 0.55, precision: 0.45 });

/** Measure words ("rate", "how many") nudge between related metrics. */
export const MEASURE_ADJUST = Object.freeze({ agree: 0.05, disagree: -0.25, minutesOrMoneyMismatch: -0.15 });

/** Below this a question is not about any metric. */
export const MIN_SCORE = 0.5;

/** Readings this close to the best are put to the user rather than guessed between. */
export const CLARIFY_MARGIN = 0.06;

export const MAX_OPTIONS = 4;
