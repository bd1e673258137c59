import type { Sentence } from '../sentence';

const PER_HEAD = /\b(?:(?:(rates?) )?per (?:head(?: of (?:the )?population)?|capita|person|people|resident|residents|1000(?: (?:residents|population|people|persons|head|inhabitants|of (?:the )?population))?|thousand(?: (?:residents|population|people|of (?:the )?population))?|1k|population)|(?:relative to|adjusted for|weighted by|allowing for|taking account of) (?:the )?(?:population|size)|population[ -](?:adjusted|rate|based)|pro rata|for (?:its|their) (?:size|population))\b/;
/** "crime rate" of a count: the rate per head, not an outcome rate ("crime outcome rate" keeps its meaning). */
const CRIME_RATE = /\b(?:crime|crimes|offence|offences|offending|burglary|burglaries|violence|shoplifting|robbery|robberies|asb|anti social behaviour) (rates?)\b/;

/** "the rate of burglary per head": with a rate per head asked, "rate of" is that rate. */
const RATE_OF = /\brates? of(?: (?:the|all))? ([a-z0-9']+)/;

export interface PerHeadAsk {
  /** `crime_rate` when "rate" itself meant per head (so it does not ask for a percentage). */
  readonly kind: 'per_head' | 'crime_rate';
  /**
   * A "rate" taken with the per-head words ("violence with injury rate per 1,000", "rate of
   * burglary per head"): the word it was said with, so the reader can tell a rate per head of a
   * count from a per-head ask of a rate the catalogue holds ("outcome rate per head").
   */
  readonly rateSaidWith?: string;
}

/** "per head", "per 1,000 residents", "crime rate": takes the words; undefined when no rate per head was asked. */
export function extractPerHeadAsk(sentence: Sentence): PerHeadAsk | undefined {
  const before = sentence.text;
  let rateAt: number | undefined;
  const kind = extractPerHeadWith(sentence, (at) => (rateAt ??= at));
  if (kind === undefined) return undefined;
  if (rateAt !== undefined) {
    const words = before.slice(0, rateAt).trim().split(/[\s\u00b7]+/);
    const said = words[words.length - 1];
    return said ? { kind, rateSaidWith: said } : { kind };
  }
  const of = RATE_OF.exec(sentence.text);
  if (kind === 'per_head' && of?.[1] !== undefined) {
    const end = of.index + of[0].length - of[1].length - 1;
    sentence.take({ start: of.index, end });
    return { kind, rateSaidWith: of[1] };
  }
  return { kind };
}

/**
 * "per head", "per 1,000 residents", "crime rate": takes the words. `crime_rate` when "rate" itself
 * meant per head (so it does not ask for a percentage); undefined when no rate per head was asked.
 */
export function extractPerHead(sentence: Sentence): 'per_head' | 'crime_rate' | undefined {
  return extractPerHeadWith(sentence, () => undefined);
}

function extractPerHeadWith(sentence: Sentence, onRate: (at: number) => void): 'per_head' | 'crime_rate' | undefined {
  let found: 'per_head' | 'crime_rate' | undefined;
  // "crime rate" first, so that in "crime rate per head" the rate is still not a percentage.
  const m = CRIME_RATE.exec(sentence.text);
  if (m?.[1] !== undefined) {
    const start = m.index + m[0].length - m[1].length;
    sentence.take({ start, end: start + m[1].length });
    found = 'crime_rate';
  }
  sentence.scan(PER_HEAD, (p) => {
    if (p[1] !== undefined) onRate(p.index);
    found ??= 'per_head';
    return true;
  });
  return found;
}
