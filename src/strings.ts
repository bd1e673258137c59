/**
 * Every sentence perfbot says to people, in one place (the bot, the CLI, cards and headlines use
 * these). Plain British English, the register of the force performance paper.
 */
export const STRINGS = Object.freeze({
  productName: 'perfbot',
  unchanged: 'unchanged',
  dataTo: (month: string) => `Data to end of ${month}.`,
  readAs: (parts: string) => `Read as: ${parts}.`,
  tooLong: (max: number) => `That message is too long for me to read (over ${max.toLocaleString('en-GB')} characters). Please ask one question in a sentence or two.`,
  empty: 'Ask me about a performance figure, for example "dwelling burglary outcome rate South last month". Type "help" to see what I know.',
  unknown: (question: string) => `I can't match "${question}" to a figure I hold.`,
  unknownHint: 'I answer questions about recorded crime, outcomes and outcome rates, calls and response times, data quality, investigations and asset recovery, by force, area (North, South) and district. Try "dwelling burglary outcome rate South last month", or type "help".',
  invalidDate: (date: string) => `"${date}" is not a date that exists, so I can't tell which period you mean. Try a month such as "February 2019".`,
  didYouMean: (names: readonly string[]) => `Did you mean ${names.map((n) => `"${n}"`).join(', or ')}?`,
  clarify: 'That could mean more than one figure. Which did you mean?',
  clarifyPeriod: 'That names more than one period. Which did you mean?',
  clarifyReply: 'Reply with the number or the name.',
  noDataAfter: (what: string, when: string, latest: string) => `I have no figures for ${what} for ${when} yet: the latest month I hold is ${latest}.`,
  noDataBefore: (what: string, when: string, earliest: string) => `I have no figures for ${what} for ${when}: the figures start in ${earliest}.`,
  noDataGap: (what: string, when: string) => `I don't hold a complete set of figures for ${what} for ${when}, so I won't give a partial one.`,
  noSeries: (what: string, area: string) => `I hold no figures for ${what} in ${area}.`,
  levelMissing: (what: string, area: string, levels: string) => `${what} is recorded ${levels} only, not for ${area}, so I can't give a figure for ${area}.`,
  levelOffer: (label: string) => `Would you like ${label} instead?`,
  levelWords: { force: 'for the whole force', area: 'by area (North and South)', district: 'by district' } as const,
  medianNotAdded: 'Medians are not added across months; month by month:',
  internalError: 'Sorry, something went wrong on my side and I could not answer that. The problem has been logged; please try again in a moment.',
  storeUnavailable: 'Sorry, the performance figures are not available just now. Please try again shortly.',
  refusedTenant: 'This bot is not available to your organisation.',
  helpTitle: 'What I can answer',
  helpIntro: 'Ask for a performance figure in your own words: the measure, and if you like a place and a period. I reply with the figure, how it compares with last month, last year and the March year end, and a trend.',
  helpExamples: [
    'dwelling burglary outcome rate South last month',
    'charges in January',
    'DA outcome rate North vs South',
    'robbery Q3 2019/20 vs last year',
    'ASB in Cambridge between June and December 2019',
    'all crime outcome rate trend',
  ] as readonly string[],
  helpFollowUps: 'Follow up with "and North?", "what about December?", "vs last year?", "show the trend" or "break it down by district".',
  helpPlaces: 'Places: the force (Cambridgeshire), North and South, and the districts Peterborough, Fenland, Cambridge, South Cambridgeshire, East Cambridgeshire and Huntingdonshire (towns such as Wisbech, Ely or St Neots work too).',
  helpPeriods: 'Periods: last month, a month (January 2019), rolling 12 months, year to date, 2018/19, Q3 2019/20, last quarter, in 2019, between June and December 2019, since September 2019.',
  welcome: 'Hello, I am perfbot. I answer questions about the force\'s performance figures in seconds.',
  buttons: {
    byArea: 'By area',
    trend: 'Trend',
    vsLastYear: 'vs last year',
    definition: 'Definition',
    latestMonth: (month: string) => `Show ${month}`,
    help: 'Help',
  },
});

/** Words for a change's direction, as the paper puts them. */
export const CHANGE_WORDS = Object.freeze({
  previous: { up: 'up', down: 'down', on: (what: string) => `on ${what}` },
  fyEnd: { up: 'above', down: 'below', same: 'the same as at March year end', at: 'March year end' },
  benchmark: { up: 'above', down: 'below', same: 'in line with the long-term benchmark', at: 'the long-term benchmark' },
});
