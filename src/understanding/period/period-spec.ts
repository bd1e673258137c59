import type { Month } from '../../domain/month';

/**
 * A period as the question states it, before it meets a metric. Relative words are already turned
 * into months with `today`; what depends on the metric (its default window, its latest data) is
 * left to the resolver.
 */
export type PeriodSpec =
  /** A named month: the metric's default window at that month. */
  | { readonly kind: 'month'; readonly month: Month }
  /** The 12 months to `to`; without `to`, to the latest month with data. */
  | { readonly kind: 'rolling12'; readonly to?: Month }
  /** April of `startYear` (or of the year holding `to`) to `to`; empty when `to` is before that April. */
  | { readonly kind: 'fytd'; readonly to: Month; readonly startYear?: number }
  | { readonly kind: 'fy'; readonly startYear: number }
  | { readonly kind: 'quarter'; readonly from: Month; readonly to: Month }
  | { readonly kind: 'year'; readonly year: number }
  | { readonly kind: 'range'; readonly from: Month; readonly to: Month }
  /** From a month to the latest month with data. */
  | { readonly kind: 'since'; readonly from: Month };

export interface PeriodReading {
  readonly spec: PeriodSpec;
  /** The words it was read from, for "read as …" on the card. */
  readonly text: string;
  /** Which parser read it. */
  readonly source: string;
  /** Where in the message it was said. */
  readonly at?: number;
}

export interface PeriodContext {
  /** The calendar month that holds today. */
  readonly thisMonth: Month;
  /** Today as YYYY-MM-DD. */
  readonly today: string;
}
