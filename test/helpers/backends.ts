import { Pool } from 'pg';
import type { MetricsStore } from '../../src/store/metrics-store';
import { PgMetricsStore } from '../../src/store/pg/pg-metrics-store';
import { SqliteStore } from '../../src/store/sqlite-store';
import { PgStateStore } from '../../src/state/pg-state-store';
import { StateStore } from '../../src/state/state-store';
import type { StateRepository } from '../../src/state/state-types';
import { tempDir } from '../store/temp-files';

/**
 * The storage back ends a suite runs against: SQLite always; PostgreSQL when DATABASE_URL is set
 * (CI starts one with .ci/postgres.sh). Each PostgreSQL test gets a schema of its own, dropped after.
 */

export const PG_URL = process.env.PERFBOT_TEST_DATABASE_URL ?? process.env.DATABASE_URL;

export interface Backend {
  readonly name: 'sqlite' | 'postgres';
  /** A fresh, empty place for one test: the metrics store and the state store open it. */
  fresh(): Promise<Place>;
}

export interface Place {
  openMetrics(): Promise<MetricsStore>;
  openState(now?: () => string): Promise<StateRepository>;
  /** The settings a process would use for this place. */
  readonly env: Readonly<Record<string, string>>;
  cleanup(): Promise<void>;
}

let counter = 0;

const sqlite: Backend = {
  name: 'sqlite',
  fresh: () => {
    const tmp = tempDir('perfbot-backend-');
    const db = tmp.file('perfbot.db');
    const state = tmp.file('state.db');
    return Promise.resolve({
      openMetrics: () => SqliteStore.open(db),
      openState: (now) => StateStore.open(state, now),
      env: { PERFBOT_DB: db, PERFBOT_STATE_DB: state },
      cleanup: () => Promise.resolve(tmp.cleanup()),
    });
  },
};

function postgres(url: string): Backend {
  return {
    name: 'postgres',
    fresh: () => {
      const schema = `t_${process.pid}_${++counter}_${Date.now().toString(36)}`;
      const target = { url, schema };
      return Promise.resolve({
        openMetrics: () => PgMetricsStore.open(target),
        openState: (now) => PgStateStore.open(target, now),
        env: { DATABASE_URL: url, PERFBOT_PG_SCHEMA: schema },
        cleanup: async () => {
          const pool = new Pool({ connectionString: url, max: 1 });
          try {
            await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
          } finally {
            await pool.end();
          }
        },
      });
    },
  };
}

/**
 * Runs `suite` once per back end. Without DATABASE_URL the PostgreSQL run is skipped with a
 * message saying how to get one, except in CI, where it fails.
 */
export function describeEachBackend(title: string, suite: (backend: Backend) => void): void {
  describe(`${title} [sqlite]`, () => suite(sqlite));
  if (PG_URL) {
    describe(`${title} [postgres]`, () => suite(postgres(PG_URL)));
  } else if (process.env.CI) {
    test(`${title} [postgres]: DATABASE_URL must be set in CI (.ci/run starts PostgreSQL)`, () => {
      throw new Error('DATABASE_URL is unset in CI: the PostgreSQL suite cannot run');
    });
  } else {
    test.skip(`${title} [postgres]: skipped, DATABASE_URL is unset (export DATABASE_URL=$(bash .ci/postgres.sh) to run it)`, () => undefined);
  }
}

/** A suite that needs PostgreSQL itself (several instances sharing one database). */
export function describePostgres(title: string, suite: (url: string) => void): void {
  if (PG_URL) {
    describe(title, () => suite(PG_URL));
  } else if (process.env.CI) {
    test(`${title}: DATABASE_URL must be set in CI (.ci/run starts PostgreSQL)`, () => {
      throw new Error('DATABASE_URL is unset in CI: the PostgreSQL suite cannot run');
    });
  } else {
    test.skip(`${title}: skipped, DATABASE_URL is unset (export DATABASE_URL=$(bash .ci/postgres.sh) to run it)`, () => undefined);
  }
}

/** A fresh PostgreSQL place (its own schema) for a suite that starts processes on it. */
export function freshPostgres(url: string): Promise<Place> {
  return postgres(url).fresh();
}

/** A fresh, empty metrics store for each test of a suite: `current()` is this test's. */
export function freshMetricsStoreEach(backend: Backend): { current: () => MetricsStore; place: () => Place } {
  let place: Place | undefined;
  let store: MetricsStore | undefined;
  beforeEach(async () => {
    place = await backend.fresh();
    store = await place.openMetrics();
  });
  afterEach(async () => {
    await store?.close();
    await place?.cleanup();
  });
  const need = <T>(x: T | undefined): T => {
    if (x === undefined) throw new Error('no store: only inside a test');
    return x;
  };
  return { current: () => need(store), place: () => need(place) };
}
