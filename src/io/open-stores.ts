import * as path from 'node:path';
import type { Config } from '../config';
import { StoreError, type MetricsStore } from '../store/metrics-store';
import type { PgTarget } from '../store/pg/pg-connection';
import { redactIn, redactUrl } from '../store/redact-url';
import { SqliteStore } from '../store/sqlite-store';
import { StateStore } from '../state/state-store';
import type { StateRepository } from '../state/state-types';
import { DATA_DIR, DEFAULT_DB_FILE } from './project-paths';

/** Where the figures are: a SQLite file (named explicitly or the default), or PostgreSQL. */
export type MetricsTarget =
  | { readonly kind: 'sqlite'; readonly file: string; readonly explicit: boolean }
  | { readonly kind: 'postgres'; readonly pg: PgTarget };

export type StoreSettings = Pick<Config, 'PERFBOT_DB' | 'DATABASE_URL' | 'PERFBOT_PG_SCHEMA'>;
export type StateSettings = Pick<Config, 'PERFBOT_STATE_DB' | 'DATABASE_URL' | 'PERFBOT_PG_SCHEMA'>;

function pgTarget(url: string, schema: string, applicationName?: string): PgTarget {
  return { url, schema, ...(applicationName ? { applicationName } : {}) };
}

/** `--db FILE` wins; then DATABASE_URL; then PERFBOT_DB; then data/perfbot.db. */
export function metricsTarget(settings: StoreSettings, named?: string, applicationName?: string): MetricsTarget {
  if (named !== undefined) return { kind: 'sqlite', file: path.resolve(named), explicit: true };
  if (settings.DATABASE_URL) return { kind: 'postgres', pg: pgTarget(settings.DATABASE_URL, settings.PERFBOT_PG_SCHEMA, applicationName) };
  if (settings.PERFBOT_DB) return { kind: 'sqlite', file: path.resolve(settings.PERFBOT_DB), explicit: true };
  return { kind: 'sqlite', file: DEFAULT_DB_FILE, explicit: false };
}

/** Opens a PostgreSQL store, or says which database could not be reached and why (never the password). */
async function reachable<T>(target: PgTarget, open: () => Promise<T>): Promise<T> {
  try {
    return await open();
  } catch (err) {
    if (err instanceof StoreError) throw new StoreError(redactIn(err.message, target.url));
    throw new StoreError(`cannot use the PostgreSQL database ${redactUrl(target.url)} (schema ${target.schema}): ${redactIn((err as Error).message, target.url)}`);
  }
}

export function describeTarget(target: MetricsTarget): string {
  return target.kind === 'sqlite' ? target.file : `${redactUrl(target.pg.url)} (schema ${target.pg.schema})`;
}

export async function openMetricsStore(target: MetricsTarget): Promise<MetricsStore> {
  // PostgreSQL's client loads only when used: a SQLite `perfbot ask` starts faster without it.
  if (target.kind === 'sqlite') return SqliteStore.open(target.file);
  const { PgMetricsStore } = await import('../store/pg/pg-metrics-store');
  return reachable(target.pg, () => PgMetricsStore.open(target.pg));
}

/** The state: `--state FILE` wins; then DATABASE_URL; then PERFBOT_STATE_DB; then data/state.db. */
export async function openStateStore(settings: StateSettings, named?: string, applicationName?: string, onError?: (err: Error) => void): Promise<StateRepository> {
  if (named === undefined && settings.DATABASE_URL) {
    const { PgStateStore } = await import('../state/pg-state-store');
    const target = pgTarget(settings.DATABASE_URL, settings.PERFBOT_PG_SCHEMA, applicationName);
    return reachable(target, () => PgStateStore.open(target, undefined, onError));
  }
  return StateStore.open(path.resolve(named ?? settings.PERFBOT_STATE_DB ?? path.join(DATA_DIR, 'state.db')));
}
