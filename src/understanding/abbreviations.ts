import { escapeRegExp } from './escape-regexp';

/**
 * Short forms people type in chat ("mth", "qtr", "burgs", "dom abuse", "o/c rate") written out
 * before the extractors read the message, so that each is understood as the word it stands for,
 * never dropped. The list is data (`abbreviations` in data/language.json), keyed by normalised text.
 */
export interface Abbreviations {
  readonly pattern: RegExp;
  readonly expansions: ReadonlyMap<string, string>;
}

/** One whole-word pattern for every short form, the longest first ("last qtr" before "qtr"). */
export function abbreviationsOf(expansions: ReadonlyMap<string, string>): Abbreviations | undefined {
  if (expansions.size === 0) return undefined;
  const keys = [...expansions.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return { pattern: new RegExp(`(?<![a-z0-9'])(?:${keys.map(escapeRegExp).join('|')})(?![a-z0-9'])`, 'g'), expansions };
}

/** The normalised message with each short form written out. */
export function expandAbbreviations(text: string, abbreviations: Abbreviations | undefined): string {
  if (!abbreviations) return text;
  return text.replace(abbreviations.pattern, (short) => abbreviations.expansions.get(short) ?? short);
}
