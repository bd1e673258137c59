import type { Unit } from '../domain/catalogue-types';
import type { Comparison } from '../domain/comparisons';
import { monthLabel, MONTH_NAMES, monthNumber, yearOf, type Month } from '../domain/month';
import type { Window } from '../domain/window';
import type { PeriodSpec } from '../understanding/period/period-spec';

const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** 1,601; £12,484,457; 10.5%; 12.3 minutes. */
export function formatValue(unit: Unit, value: number): string {
  switch (unit) {
    case 'percent': return `${value.toFixed(1)}%`;
    case 'count': return WHOLE.format(value);
    case 'gbp': return `£${WHOLE.format(value)}`;
    case 'minutes': return `${value.toFixed(1)} minutes`;
  }
}

/** The size of a change, without its direction: "0.4ppt", "45 (4.9%)", "1.2 minutes", "£1,200 (3.1%)". */
export function formatChangeSize(c: Comparison): string {
  const size = Math.abs(c.change);
  const pct = c.changePct === undefined || c.changePct === null ? '' : ` (${Math.abs(c.changePct).toFixed(1)}%)`;
  switch (c.changeUnit) {
    case 'ppt': return `${size.toFixed(1)}ppt`;
    case 'count': return `${WHOLE.format(size)}${pct}`;
    case 'gbp': return `£${WHOLE.format(size)}${pct}`;
    case 'minutes': return `${size.toFixed(1)} minutes${pct}`;
    case 'percent': return `${size.toFixed(1)}ppt`;
  }
}

/** Whether the change shows as zero at the precision people see. */
export function looksUnchanged(c: Comparison): boolean {
  return c.changeUnit === 'ppt' || c.changeUnit === 'minutes' ? Math.abs(c.change) < 0.05 : Math.abs(c.change) < 0.5;
}

function monthName(m: Month): string {
  return MONTH_NAMES[monthNumber(m) - 1] ?? m;
}

/** "June to December 2019", "November 2019 to January 2020". */
export function spanLabel(from: Month, to: Month): string {
  if (from === to) return monthLabel(to);
  return yearOf(from) === yearOf(to) ? `${monthName(from)} to ${monthLabel(to)}` : `${monthLabel(from)} to ${monthLabel(to)}`;
}

function fyName(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** "2018/19". */
export function formatFy(startYear: number): string {
  return fyName(startYear);
}

/** The window in words, as the paper would put it. */
export function windowLabel(w: Window): string {
  switch (w.kind) {
    case 'month': return monthLabel(w.to);
    case 'point': return `end of ${monthLabel(w.to)}`;
    case 'rolling12': return `12 months to ${monthLabel(w.to)}`;
    case 'fy': return `financial year ${fyName(yearOf(w.from))}`;
    case 'fytd': return `financial year to date (${spanLabel(w.from, w.to)})`;
    case 'quarter': {
      const q = Math.floor(((monthNumber(w.from) + 8) % 12) / 3) + 1;
      const fyStart = monthNumber(w.from) >= 4 ? yearOf(w.from) : yearOf(w.from) - 1;
      return `Q${q} ${fyName(fyStart)} (${spanLabel(w.from, w.to)})`;
    }
    case 'year': return `calendar year ${yearOf(w.from)}`;
    case 'range': return spanLabel(w.from, w.to);
  }
}

/** Rounding for machine output: one more decimal than people are shown, and more. */
export function roundForJson(value: number, unit: Unit | 'ppt'): number {
  const places = unit === 'count' || unit === 'gbp' ? 2 : 3;
  const f = 10 ** places;
  return Math.round(value * f) / f;
}

/** A period as words that read back to the same period ("January 2019", "2018/19", "in 2019"). */
export function periodWords(spec: PeriodSpec): string {
  switch (spec.kind) {
    case 'month': return monthLabel(spec.month);
    case 'year': return `in ${spec.year}`;
    case 'fy': return fyName(spec.startYear);
    case 'fytd': return `financial year to date ${monthLabel(spec.to)}`;
    case 'rolling12': return spec.to ? `12 months to ${monthLabel(spec.to)}` : 'rolling 12 months';
    case 'quarter':
    case 'range': return `${monthLabel(spec.from)} to ${monthLabel(spec.to)}`;
    case 'since': return `since ${monthLabel(spec.from)}`;
  }
}
