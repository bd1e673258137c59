import { compareMonths, monthNumber, type Month } from '../domain/month';
import type { SeriesPoint } from '../domain/window-series';

/** Additive effects of each calendar month (1 … 12), summing to zero. */
export type SeasonalEffects = ReadonlyMap<number, number>;

const MIN_MONTHS = 36;
const F_11_30 = 2.13;

/**
 * The calendar-month effects of a monthly series, estimated from its months before `before`: each
 * month's departure from the centred 12-month moving average (2×12), averaged by calendar month and
 * centred on zero. Undefined with under three years of history, or when the months do not differ
 * by more than chance (then nothing is adjusted).
 */
export function seasonalEffects(points: readonly SeriesPoint[], before: Month): SeasonalEffects | undefined {
  const history = points.filter((p) => compareMonths(p.month, before) < 0);
  if (history.length < MIN_MONTHS) return undefined;
  const departures = new Map<number, number[]>();
  for (let i = 6; i + 6 < history.length; i++) {
    let ma = 0;
    for (let j = -6; j <= 6; j++) ma += (history[i + j]?.value ?? 0) * (Math.abs(j) === 6 ? 0.5 : 1);
    const p = history[i];
    if (!p) continue;
    const k = monthNumber(p.month);
    departures.set(k, [...(departures.get(k) ?? []), p.value - ma / 12]);
  }
  if (departures.size < 12) return undefined;
  const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const raw = new Map([...departures].map(([k, xs]) => [k, mean(xs)]));
  const centre = mean([...raw.values()]);
  const effects = new Map([...raw].map(([k, v]) => [k, v - centre]));
  return isSeasonal(departures, effects) ? effects : undefined;
}

/**
 * Whether the calendar months differ by more than chance: a one-way analysis of variance of the
 * departures by calendar month, against the F(11, 30) 95% point. Adjusting a series that has no
 * season would only take noise out of it, and understate its noise.
 */
function isSeasonal(departures: ReadonlyMap<number, readonly number[]>, effects: ReadonlyMap<number, number>): boolean {
  let between = 0;
  let within = 0;
  let n = 0;
  for (const [k, xs] of departures) {
    const m = [...xs].reduce((a, b) => a + b, 0) / xs.length;
    between += xs.length * (effects.get(k) ?? 0) ** 2;
    for (const x of xs) within += (x - m) ** 2;
    n += xs.length;
  }
  if (n <= 12 || within <= 0) return between > 0;
  return between / 11 / (within / (n - 12)) > F_11_30;
}

/** The series with each month's effect taken off (unchanged without effects). */
export function adjustSeries(points: readonly SeriesPoint[], effects: SeasonalEffects | undefined): SeriesPoint[] {
  if (!effects) return [...points];
  return points.map((p) => ({ month: p.month, value: p.value - (effects.get(monthNumber(p.month)) ?? 0) }));
}

/** One month's effect (0 without effects). */
export function effectOf(effects: SeasonalEffects | undefined, month: Month): number {
  return effects?.get(monthNumber(month)) ?? 0;
}
