import type { Month } from './month';

/**
 * One month of one metric in one area. Ratio metrics carry numerator and denominator (value is
 * then the percentage, derived); other metrics carry value only.
 */
export interface Observation {
  readonly metric: string;
  readonly area: string;
  readonly month: Month;
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
}

/** A month's figure inside a series: the raw parts, so windows can aggregate them properly. */
export interface MonthPoint {
  readonly month: Month;
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
}
