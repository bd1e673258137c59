import { addMonths, lastMarchBefore, monthsBetween, type Month } from './month';

export type WindowKind = 'month' | 'rolling12' | 'quarter' | 'fytd' | 'fy' | 'year' | 'range' | 'point';

/** A span of whole months, inclusive at both ends, and the kind of span it was asked as. */
export interface Window {
  readonly kind: WindowKind;
  readonly from: Month;
  readonly to: Month;
}

export function windowLength(w: Window): number {
  return monthsBetween(w.from, w.to) + 1;
}

export function monthWindow(month: Month): Window {
  return { kind: 'month', from: month, to: month };
}

export function rolling12Window(to: Month): Window {
  return { kind: 'rolling12', from: addMonths(to, -11), to };
}

export function pointWindow(month: Month): Window {
  return { kind: 'point', from: month, to: month };
}

/** Moves a window by whole months, keeping its kind and length. */
export function shiftWindow(w: Window, months: number): Window {
  return { kind: w.kind, from: addMonths(w.from, months), to: addMonths(w.to, months) };
}

/**
 * The window to compare with as "previous": for a rolling 12 months, the 12 months to the month
 * before (the figure as it stood last month); for any other window, the window of the same length
 * just before.
 */
export function previousWindow(w: Window): Window {
  return shiftWindow(w, w.kind === 'rolling12' ? -1 : -windowLength(w));
}

/** The same window a year earlier. */
export function lastYearWindow(w: Window): Window {
  return shiftWindow(w, -12);
}

/**
 * The same window at the last March year end before `to`: for rolling 12, the 12 months to that
 * March; a financial-year-to-date window becomes the whole financial year to that March.
 */
export function fyEndWindow(w: Window): Window {
  const march = lastMarchBefore(w.to);
  return shiftWindow(w, monthsBetween(w.to, march));
}

/** The same kind and length of window ending at `to`. */
export function windowEndingAt(w: Window, to: Month): Window {
  return shiftWindow(w, monthsBetween(w.to, to));
}
