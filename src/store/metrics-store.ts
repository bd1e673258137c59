import type { Month } from '../domain/month';
import type { MonthPoint, Observation } from '../domain/observation';
import type { PopulationRow } from '../domain/population';

/**
 * The metrics store: monthly observations keyed by (metric, area, month). Two implementations:
 * SQLite (one file, the default) and PostgreSQL (shared by several instances).
 */

/** Rows imported from one source, and how many of them were new or different. */
export interface UpsertResult {
  readonly rows: number;
  readonly changed: number;
}

/** What a transaction may do. */
export interface StoreWriter {
  upsertObservations(rows: readonly Observation[], source: string): Promise<UpsertResult>;
  /**
   * Removes every row of `metrics` in `months` (all areas), so that a re-published month replaces
   * the old one whole; the caller then writes the new rows in the same transaction.
   */
  deleteMonths(metrics: readonly string[], months: readonly Month[]): Promise<number>;
  /** Removes every observation (a rebuild, written in the same transaction). */
  deleteAll(): Promise<number>;
  /** Inserts or replaces residents by (area, year); returns the rows written. */
  upsertPopulation(rows: readonly PopulationRow[]): Promise<number>;
}

/** Per metric and area: the first and last month held, and how many months. */
export interface CoverageRow {
  readonly metric: string;
  readonly area: string;
  readonly first: Month;
  readonly last: Month;
  readonly count: number;
}

export class StoreError extends Error {}

export interface MetricsStore {
  /** Where the figures are: a file, or a PostgreSQL address without its password. */
  readonly location: string;
  schemaVersion(): Promise<number>;
  /** Runs `work` in one transaction: committed if it resolves, rolled back if it throws. */
  transaction<T>(work: (tx: StoreWriter) => Promise<T>): Promise<T>;
  upsertObservations(rows: readonly Observation[], source: string): Promise<UpsertResult>;
  /** The months of one metric in one area from `from` to `to` inclusive, in order. */
  series(metric: string, area: string, from: Month, to: Month): Promise<MonthPoint[]>;
  /** The latest month held for each metric, in any area. */
  latestMonths(): Promise<Map<string, Month>>;
  /** The latest month held for any metric; undefined for an empty store. */
  latestMonth(): Promise<Month | undefined>;
  coverage(): Promise<CoverageRow[]>;
  /** Every observation, in key order (the app holds them all in memory). */
  allObservations(): Promise<Observation[]>;
  /** Every observation of one metric, in key order (a one-off question needs no more). */
  observationsOf(metric: string): Promise<Observation[]>;
  count(): Promise<number>;
  /** The residents imported with `perfbot import population` (the shipped file is read separately). */
  population(): Promise<PopulationRow[]>;
  /** Changes whenever the figures do (rows, and when they were last written): cheap to read. */
  fingerprint(): Promise<string>;
  close(): Promise<void>;
}

/** The latest of a set of months; undefined for none. */
export function latestOf(months: Iterable<Month>): Month | undefined {
  let latest: Month | undefined;
  for (const m of months) if (latest === undefined || m > latest) latest = m;
  return latest;
}
