/** The force's time zone: "today" is the date on a clock in England, not UTC or the server's zone. */
export const FORCE_TIME_ZONE = 'Europe/London';

const FORMAT = new Intl.DateTimeFormat('en-GB', { timeZone: FORCE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The date (YYYY-MM-DD) that an instant falls on in England. The one idea of "today" that the
 * server, the command line and the monthly push share; the instant is a parameter, so this stays pure.
 */
export function londonDate(instant: Date): string {
  const parts = FORMAT.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
