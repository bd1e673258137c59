import { takeAll, type Extractor } from './extractor';

/**
 * Grains and spans the store does not hold: it has whole past months. Weeks, days, hours and the
 * future are taken here, first, so no later reader turns "this week" into this month or "next
 * month" into last month.
 */
const UNHELD = /\b(?:(?:this|last|next|past|previous|the) (?:week|fortnight|weekend)|(?:last|past|next|previous) (?:\d+|few|two|three|four|five|six|seven|ten|fourteen|thirty) (?:days|weeks|hours)|week (?:to date|ending|commencing|beginning)|weekly|daily|per day|each day|a day|by day|day by day|yesterday|today|tonight|tomorrow|this (?:morning|afternoon|evening)|last night|overnight|next (?:month|quarter|year|financial year|fy)|hourly|per hour|an hour|(?:on )?(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)|(?:in the )?future|forecast|predicted|projected)\b/;

export const grainExtractor: Extractor = {
  name: 'grain',
  run(draft) {
    draft.unheld.push(...takeAll(draft, UNHELD, 'grain'));
  },
};
