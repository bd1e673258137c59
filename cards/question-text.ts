import type { Area, Metric } from '../src/domain/catalogue-types';
import { financialYearStart, monthLabel, monthNumber, yearOf } from '../src/domain/month';
import type { Window } from '../src/domain/window';
import { STRINGS } from '../src/strings';

const Q = STRINGS.cards.questions;

function fyName(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/**
 * The window as words the bot reads back to the same window: "12 months to January 2020",
 * "Q3 2019/20". Explicit months only, so an old card's button still means what it showed.
 */
export function periodPhrase(metric: Metric, w: Window): string {
  switch (w.kind) {
    case 'month': return metric.window === 'month' ? Q.month(monthLabel(w.to)) : Q.monthOnly(monthLabel(w.to));
    case 'point': return Q.month(monthLabel(w.to));
    case 'rolling12': return Q.rolling12(monthLabel(w.to));
    case 'fytd': return Q.fytd(monthLabel(w.to));
    case 'fy': return Q.fy(fyName(yearOf(w.from)));
    case 'quarter': return Q.quarter(Math.floor(((monthNumber(w.from) + 8) % 12) / 3) + 1, fyName(financialYearStart(w.from)));
    case 'year': return Q.year(yearOf(w.from));
    case 'range': return Q.range(monthLabel(w.from), monthLabel(w.to));
  }
}

/** A whole question for one figure: "Robbery offences Fenland January 2020". */
export function questionText(metric: Metric, area: Area, w: Window): string {
  return [metric.name, area.level === 'force' ? '' : area.name, periodPhrase(metric, w)].filter((p) => p !== '').join(' ');
}
