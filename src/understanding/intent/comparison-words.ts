import type { ComparisonKind } from '../../domain/comparisons';
import type { Sentence } from '../sentence';

/**
 * Words that compare. A bare "from" is not one ("figures from last year" asks for last year) and a
 * month after "vs" is a second period (read by the period extractor), not a comparison kind.
 */
const AGAINST = '(?:vs|v|versus|compared? (?:with|to)|comparing (?:with|to)?|against|than|on|since|(?:up|down|rise|fall|risen|fallen|increase|decrease|different|changed?) (?:from|since|on)|relative to|as against)';

/** How many months, in figures or words ("3", "three"). */
const COUNT = '(?:\\d{1,2}|two|three|four|five|six|nine|twelve)';
/** "same month", "same 3 months", "same period": the window a comparison repeats. */
const SPAN = `(?:${COUNT} )?(?:months?|quarters?|period|time|window)`;

/** Comparison words, each taken from the sentence so no period parser reads "last year" in "vs last year". */
const PATTERNS: ReadonlyArray<readonly [ComparisonKind, RegExp]> = [
  ['fy_end', new RegExp(`\\b(?:${AGAINST}|since)(?: at)? (?:the )?(?:(?:last )?(?:march|financial) )?year ?end\\b|\\bsince (?:the end of )?(?:last )?(?:financial year|march year end)\\b|\\bvs (?:ye|fye)\\b`)],
  ['last_year', new RegExp(`\\b${AGAINST} (?:the )?(?:same (?:${SPAN} )?)?(?:(?:of |in )?(?:last|the previous|previous|the prior|prior) year|(?:last|the previous|previous|the prior|prior|last year's) (?:f?ytd|(?:financial )?year to date)|a year (?:ago|earlier|before)|the year before|12 months (?:ago|earlier))\\b|\\byear on year\\b|\\byear over year\\b|\\byoy\\b|\\bsame (?:${SPAN}) last year\\b|\\ba year (?:ago|earlier)\\b|\\bthe year before\\b`)],
  ['previous', new RegExp(`\\b${AGAINST} (?:the )?(?:last|previous|prior|preceding) (?:month|period|quarter|12 months|${COUNT} months|year's? window)\\b|\\bmonth on month\\b|\\bmonth over month\\b|\\bmom\\b|\\b(?:on )?the (?:month|quarter) before\\b`)],
  ['benchmark', new RegExp(`\\b(?:${AGAINST}|(?:above|below)(?: or (?:above|below))?) (?:the )?(?:long[ -]?term |3[ -]year |three year )?(?:benchmark|average|mean|norm)\\b|\\blong[ -]?term (?:average|benchmark|mean)\\b|\\bbenchmark\\b`)],
];

/** "is shoplifting up or down?", "going up", "getting better or worse": the change on the month before and on a year earlier. */
const DIRECTION = /\b(?:(?:going|gone|is it|it) )?(?:up or down|down or up|rising or falling|falling or rising|increasing or decreasing|decreasing or increasing|better or worse|worse or better|getting (?:better|worse)|going (?:up|down))\b/;

/** "% change", "percentage increase": the measure word belongs to the change, not to the figure asked for. */
export const PERCENT_CHANGE = /(?<![a-z0-9])(?:%|percent|percentage|pc) (?=(?:change|changes|increase|decrease|rise|fall|drop|reduction)\b)/;

/**
 * "has burglary gone up", "is robbery increasing", "has the outcome rate improved", "the rise in burglary", "all crime change": a
 * question about movement naming no comparison. Read as the change on the month before and on a
 * year earlier; with a comparison named ("increase on last year") it only asks for that one.
 */
const MOVED = /\b(?:(?:has|have|is|are)(?: it| they)? )?(?:(?:gone|going|went|come|coming|came|gotten|got|getting) (?:up|down)|(?:got|gotten) (?:better|worse)|improv(?:ed|ing|ement)|deteriorat(?:ed|ing|ion)|worsen(?:ed|ing)|(?:increas|decreas|ris|fall)ing|(?:increas|decreas)ed|risen|fallen|rose|fell|(?:increase|decrease|rise|fall|change)s?|changed)\b/;

/** Takes comparison words; returns the kinds asked for, in the order asked. */
export function extractComparisons(sentence: Sentence): ComparisonKind[] {
  const kinds: ComparisonKind[] = [];
  sentence.scan(PERCENT_CHANGE, () => true);
  sentence.scan(DIRECTION, () => {
    kinds.push('previous', 'last_year');
    return true;
  });
  for (const [kind, pattern] of PATTERNS) {
    sentence.scan(pattern, () => {
      if (!kinds.includes(kind)) kinds.push(kind);
      return true;
    });
  }
  let moved = false;
  sentence.scan(MOVED, () => (moved = true));
  if (moved && kinds.length === 0) kinds.push('previous', 'last_year');
  return kinds;
}
