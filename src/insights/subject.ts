import type { Area, Metric } from '../domain/catalogue-types';
import { addMonths, compareMonths, monthRange, type Month } from '../domain/month';
import type { ObservationIndex } from '../domain/observation-index';
import { monthWindow, pointWindow, rolling12Window, type Window } from '../domain/window';
import { windowNumber, windowValue, type WindowFigure } from '../domain/window-value';
import type { SeriesPoint } from '../domain/window-series';
import { defaultWindow } from '../answers/resolve-window';
import { INSIGHT_CONFIG } from './insight-config';
import { adjustSeries, seasonalEffects, type SeasonalEffects } from './seasonal';
import { noiseFloor } from './noise-floor';
import { noiseSigma } from './significance';

/**
 * One metric in one area at one month, with the series every detector reads. The default window
 * decides what a finding is about: the calendar month for monthly counts and rates, the 12 months
 * to the month for rolling-12 measures (the outcome rates), the month-end value for stocks.
 */
export interface Subject {
  readonly metric: Metric;
  readonly area: Area;
  readonly month: Month;
  readonly window: Window;
  readonly figure: WindowFigure;
  readonly value: number;
  /** The default window's figure at every month of the history up to `month`. */
  readonly series: readonly SeriesPoint[];
  /** Calendar-month figures (month-end values for stocks). */
  readonly monthly: readonly SeriesPoint[];
  /** Rolling-12 figures (month-end values for stocks; none for medians, which never add up). */
  readonly rolling: readonly SeriesPoint[];
  /** The calendar months' seasonal effects, from the years before `month` (none for stocks). */
  readonly effects?: SeasonalEffects;
  /** `monthly` with the seasonal effects taken off. */
  readonly adjusted: readonly SeriesPoint[];
  /** Month-to-month noise of `adjusted` over the months before `month`, at least `floor`. */
  readonly sigma?: number;
  /** The least noise the figure's cases allow (`noise-floor.ts`). */
  readonly floor?: number;
}

/** Whether a figure rests on enough cases to report: rates need `minDenominator` cases. */
export function enoughCases(metric: Metric, figure: WindowFigure): boolean {
  return metric.aggregation !== 'ratio' || (figure.denominator ?? 0) >= INSIGHT_CONFIG.minDenominator;
}

/** The series starts at its first non-zero month (a unit that began recently records zeros before). */
function seriesStart(index: ObservationIndex, metric: Metric, area: string, month: Month): Month | undefined {
  const earliest = index.earliestMonth(metric.id);
  if (earliest === undefined || compareMonths(earliest, month) > 0) return undefined;
  for (const m of monthRange(earliest, month)) {
    const p = index.get(metric.id, area, m);
    if (p && (p.value ?? 0) !== 0 && (metric.aggregation !== 'ratio' || (p.denominator ?? 0) > 0)) return m;
  }
  return undefined;
}

function seriesOf(index: ObservationIndex, metric: Metric, area: string, from: Month, to: Month, at: (m: Month) => Window): SeriesPoint[] {
  if (compareMonths(from, to) > 0) return [];
  const out: SeriesPoint[] = [];
  for (const month of monthRange(from, to)) {
    const value = windowNumber(index, metric, area, at(month));
    if (value !== undefined) out.push({ month, value });
  }
  return out;
}

export function buildSubject(index: ObservationIndex, metric: Metric, area: Area, month: Month): Subject | undefined {
  const window = defaultWindow(metric, month, false);
  const outcome = windowValue(index, metric, area.id, window);
  if (outcome.kind !== 'figure' || outcome.figure.value === null) return undefined;
  const start = seriesStart(index, metric, area.id, month);
  if (start === undefined) return undefined;
  const single = metric.aggregation === 'point' ? pointWindow : monthWindow;
  const monthly = seriesOf(index, metric, area.id, start, month, single);
  const rolling = metric.aggregation === 'median' ? []
    : metric.aggregation === 'point' ? monthly
      : seriesOf(index, metric, area.id, addMonths(start, 11), month, rolling12Window);
  const series = window.kind === 'rolling12' ? rolling : monthly;
  const effects = metric.aggregation === 'point' ? undefined : seasonalEffects(monthly, month);
  const adjusted = adjustSeries(monthly, effects);
  const before = adjusted.filter((p) => compareMonths(p.month, month) < 0).slice(-INSIGHT_CONFIG.noiseMonths);
  const floor = noiseFloor(index, metric, area.id, monthly.filter((p) => compareMonths(p.month, month) < 0).slice(-INSIGHT_CONFIG.noiseMonths));
  const measured = noiseSigma(before);
  const sigma = measured === undefined ? undefined : Math.max(measured, floor ?? 0);
  return {
    metric, area, month, window, figure: outcome.figure, value: outcome.figure.value,
    series, monthly, rolling, adjusted, ...(effects ? { effects } : {}), ...(sigma !== undefined ? { sigma } : {}), ...(floor !== undefined ? { floor } : {}),
  };
}
