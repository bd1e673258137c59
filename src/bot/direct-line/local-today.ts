import { addMonths, type Month } from '../../domain/month';

/**
 * "Today" in local mode when PERFBOT_TODAY is not set: the clock, unless the figures held end
 * before last month (the bundled sample ends in January 2020), then the 10th of the month after the
 * latest figures, so that "last month" on a fresh clone means the latest month held. Every card
 * names the months it answers for, and the start log says which day is used. Never in Teams mode.
 */
export function localToday(clock: string, latest: Month | undefined): string {
  if (latest === undefined) return clock;
  const lastMonth = addMonths(clock.slice(0, 7), -1);
  return latest < lastMonth ? `${addMonths(latest, 1)}-10` : clock;
}
