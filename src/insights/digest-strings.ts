/**
 * The monthly digest's sentences (strategic paragraphs, concentrated changes, the quiet line), as
 * the force's performance paper writes them: "The long-term downward trend in the rolling 12 month
 * all crime prosecution possible outcome rate halted in January, with 955 prosecution possible
 * outcomes recorded in the month, the highest monthly total since March 2018."
 */
export const DIGEST_STRINGS = Object.freeze({
  /** "one", "two", … "twelve" months. */
  numberWords: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'] as readonly string[],
  sentence: (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`,
  /** Lists: "a", "a and b", "a, b and c". */
  and: ' and ',
  comma: ', ',
  trendHalted: (down: boolean, name: string, month: string) => `the long-term ${down ? 'downward' : 'upward'} trend in the ${name} halted in ${month}`,
  trendContinues: (down: boolean) => `its long-term ${down ? 'downward' : 'upward'} trend continues`,
  countWith: (value: string, label: string) => `with ${value} ${label} recorded in the month`,
  countAlone: (value: string, label: string, month: string) => `${value} ${label} in ${month} was`,
  countTrendHalted: (down: boolean, label: string, month: string) => `the long-term ${down ? 'downward' : 'upward'} trend in the number of ${label} also halted in ${month}`,
  countTrendContinues: (down: boolean, label: string) => `the long-term ${down ? 'downward' : 'upward'} trend in the number of ${label} continues`,
  /** The level: after a first sentence about the measure ("The rate is now at 10.1%"), or first. */
  rateNow: (value: string) => `the rate is now at ${value}`,
  rateFirst: (name: string, value: string) => `the ${name} is at ${value}`,
  rateImproved: (name: string, good: 'good' | 'bad' | 'neutral', run: string, value: string) =>
    `the ${name} ${good === 'neutral' ? 'has been' : `has ${good === 'good' ? 'further improved' : 'worsened further'},`} ${run}; at ${value} it is now`,
  benchmarkLevel: 'comparable to the long-term benchmark',
  benchmarkOff: (size: string, up: boolean) => `${size} ${up ? 'above' : 'below'} the long-term benchmark`,
  fyEnd: (size: string, up: boolean) => `${size} ${up ? 'higher' : 'lower'} than at March year end`,
  fyLevel: 'level with March year end',
  /** Joins the benchmark to the year end: a contrast when the year end is the worse of the two. */
  butRemains: 'but remains',
  andIs: 'and is',
  /** The parts behind the measure. */
  partSum: (value: string, label: string, months: string) => `there were ${value} ${label} over the last ${months} months`,
  partSumMonth: (value: string, month: string) => `with ${value} in ${month}`,
  partsGroup: (higher: boolean, list: string, month: string, clause: string, count: number) =>
    `${higher ? 'higher' : 'lower'} numbers of ${list} were also seen in ${month}; ${count === 2 ? 'both' : 'all'} ${clause}`,
  partAlone: (month: string, label: string, value: string, clauses: string) => `in ${month}, ${label} (${value}) were ${clauses}`,
  partTrendHalted: (down: boolean, month: string) => `their long-term ${down ? 'downward' : 'upward'} trend halted in ${month}`,
  partTrendContinues: (down: boolean) => `their long-term ${down ? 'downward' : 'upward'} trend continues`,
  /** North against South. */
  areaHead: (area: string, value: string) => `${area}'s rate, at ${value},`,
  areaOther: (area: string, value: string) => `${area}'s, at ${value},`,
  areaStatic: 'has been more static',
  areaWhile: ', while ',
  areaJoin: '; ',
  areaRun: (up: boolean, since: string) => `has been ${up ? 'rising' : 'falling'} month on month since ${since}`,
  areaTrend: (down: boolean) => `continues its long-term ${down ? 'downward' : 'upward'} trend`,
  areaHalted: (down: boolean) => `has halted its long-term ${down ? 'downward' : 'upward'} trend`,
  areaIs: (clause: string) => `is ${clause}`,
  /** A concentrated change, as a clause after the metric: "Peterborough accounts for 70% of the rise …". */
  concentrated: (district: string, pct: number, rise: boolean, month: string, part: string, whole: string) =>
    `${district} accounts for ${pct}% of the ${rise ? 'rise' : 'fall'} in the 12 months to ${month} on the year before (${part} of ${whole})`,
  /** A month against the month before: "88.7% in January 2020, up from 86.1% in December 2019". */
  fromMonth: (up: boolean, value: string, month: string) => `${up ? 'up' : 'down'} from ${value} in ${month}`,
  fromMonthEnd: (up: boolean, value: string, month: string) => `${up ? 'up' : 'down'} from ${value} at the end of ${month}`,
  /** A rate that hardly moved: "53.8% in January 2020, stable month on month". */
  stable: 'stable month on month',
  /** A new measure: "75.0% in January 2020, the first month of figures". */
  firstMonth: 'the first month of figures',
  /** A young measure: "1,150 in the five months since figures began in September 2019". */
  sinceStart: (value: string, months: string, start: string, rate: boolean) =>
    `${value} ${rate ? 'over' : 'in'} the ${months} months since figures began in ${start}`,
  /** When nothing beyond the strategic measures is notable. */
  quiet: (month: string, place: string) => `Nothing else of note in ${month}${place}: no other figure moved beyond its normal range.`,
  /** A strategic paragraph as a search result's preview: "January 2020: The long-term …". */
  preview: (month: string, text: string) => `${month}: ${text}`,
  strategicTitle: 'Strategic measures',
  headlinesTitle: 'Performance headlines',
});
