import type { Metric } from '../domain/catalogue-types';
import { addMonths, compareMonths, financialYearStart, makeMonth, minMonth, type Month } from '../domain/month';
import { monthWindow, pointWindow, rolling12Window, type Window } from '../domain/window';
import type { PeriodSpec } from '../understanding/period/period-spec';

export interface WindowInputs {
  readonly metric: Metric;
  readonly period?: PeriodSpec;
  readonly monthOnly: boolean;
  /** The calendar month that holds today. */
  readonly thisMonth: Month;
  /** The latest month the metric has in the area asked. */
  readonly latest: Month;
}

/** The metric's own window ending at a month: a month, the 12 months to it, or its value at the month's end. */
export function defaultWindow(metric: Metric, to: Month, monthOnly: boolean): Window {
  if (metric.window === 'point') return pointWindow(to);
  if (monthOnly || metric.window === 'month') return monthWindow(to);
  return rolling12Window(to);
}

/**
 * The month a question with no time in it is about: the latest month with data, but never the
 * current month or later (a month is not complete until it has ended).
 */
export function anchorMonth(latest: Month, thisMonth: Month): Month {
  return minMonth(latest, addMonths(thisMonth, -1));
}

/** The window a period means for this metric. Point metrics are always their value at the window's end. */
export function resolveWindow(input: WindowInputs): Window {
  const { metric, period, monthOnly } = input;
  const anchor = anchorMonth(input.latest, input.thisMonth);
  const w = spanOf(period, metric, monthOnly, anchor);
  return metric.aggregation === 'point' ? pointWindow(w.to) : w;
}

function spanOf(period: PeriodSpec | undefined, metric: Metric, monthOnly: boolean, anchor: Month): Window {
  if (!period) return defaultWindow(metric, anchor, monthOnly);
  switch (period.kind) {
    case 'month':
      return defaultWindow(metric, period.month, monthOnly);
    case 'rolling12':
      return rolling12Window(period.to ?? anchor);
    case 'fytd': {
      const from = makeMonth(period.startYear ?? financialYearStart(period.to), 4);
      return { kind: 'fytd', from, to: period.to };
    }
    case 'fy':
      return { kind: 'fy', from: makeMonth(period.startYear, 4), to: makeMonth(period.startYear + 1, 3) };
    case 'quarter':
      return { kind: 'quarter', from: period.from, to: period.to };
    case 'year':
      return { kind: 'year', from: makeMonth(period.year, 1), to: makeMonth(period.year, 12) };
    case 'range':
      return period.from === period.to ? defaultWindow(metric, period.to, true) : { kind: 'range', from: period.from, to: period.to };
    case 'since': {
      const to = compareMonths(anchor, period.from) >= 0 ? anchor : period.from;
      return to === period.from ? monthWindow(to) : { kind: 'range', from: period.from, to };
    }
  }
}
