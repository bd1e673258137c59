import type { Sentence } from '../sentence';

const PER_HEAD = /\b(?:(?:rates? )?per (?:head(?: of (?:the )?population)?|capita|person|people|resident|residents|1000(?: (?:residents|population|people|persons|head|inhabitants|of (?:the )?population))?|thousand(?: (?:residents|population|people|of (?:the )?population))?|1k|population)|(?:relative to|adjusted for|weighted by|allowing for|taking account of) (?:the )?(?:population|size)|population[ -](?:adjusted|rate|based)|pro rata|for (?:its|their) (?:size|population))\b/;
/** "crime rate" of a count: the rate per head, not an outcome rate ("crime outcome rate" keeps its meaning). */
const CRIME_RATE = /\b(?:crime|crimes|offence|offences|offending|burglary|burglaries|violence|shoplifting|robbery|robberies|asb|anti social behaviour) (rates?)\b/;

/**
 * "per head", "per 1,000 residents", "crime rate": takes the words. `crime_rate` when "rate" itself
 * meant per head (so it does not ask for a percentage); undefined when no rate per head was asked.
 */
export function extractPerHead(sentence: Sentence): 'per_head' | 'crime_rate' | undefined {
  let found: 'per_head' | 'crime_rate' | undefined;
  // "crime rate" first, so that in "crime rate per head" the rate is still not a percentage.
  const m = CRIME_RATE.exec(sentence.text);
  if (m?.[1] !== undefined) {
    const start = m.index + m[0].length - m[1].length;
    sentence.take({ start, end: start + m[1].length });
    found = 'crime_rate';
  }
  sentence.scan(PER_HEAD, () => {
    found ??= 'per_head';
    return true;
  });
  return found;
}
