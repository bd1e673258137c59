import type { Sentence } from '../sentence';

/** Which set of areas a question asks to see side by side. */
export type Breakdown = 'districts' | 'areas' | 'below';

const PATTERNS: ReadonlyArray<readonly [Breakdown, RegExp]> = [
  ['districts', /\b(?:(?:broken |break(?: it| this| that)? )?(?:down )?by (?:district|districts|council area|local authority)|per district|(?:each|every|all|all the|the|across|across the) districts?|compare (?:the |all )?districts|district (?:breakdown|split|level|by district)|districts compared)\b/],
  ['areas', /\b(?:(?:broken |break(?: it| this| that)? )?(?:down )?by (?:area|areas|lpa|lpas|lpr|local policing area)|per area|(?:each|every) area|(?:each|every|both|all|across|across the|the two) areas|compare (?:the |both )?areas|area (?:breakdown|split|level))\b/],
  ['below', /\b(?:break(?: it| this| that)? down|breakdown|split(?: it)?(?: down| up| out)?|drill(?: down)?)\b/],
];

export function extractBreakdown(sentence: Sentence): Breakdown | undefined {
  let found: Breakdown | undefined;
  for (const [kind, pattern] of PATTERNS) {
    sentence.scan(pattern, () => {
      found ??= kind;
      return true;
    });
  }
  return found;
}

const SERIES = /\b(?:trends?|trending|trend line|over time|chart|graph|plot|history|historic|historical|time series|series|month by month|sparkline)\b/;

/** "trend", "over time", "chart": the answer should carry its series. */
export function extractSeriesRequest(sentence: Sentence): boolean {
  let found = false;
  sentence.scan(SERIES, () => {
    found = true;
    return true;
  });
  return found;
}
