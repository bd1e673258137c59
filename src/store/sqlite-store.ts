import * as sqlite3 from 'sqlite3';
import { allSql, execSql, getSql, runSql, type SqlParam } from './sqlite-calls';
import { writeObservations } from './sqlite-upsert';
import type { Month } from '../domain/month';
import { latestOf, StoreError, type CoverageRow, type MetricsStore, type StoreWriter, type UpsertResult } from './metrics-store';
import type { MonthPoint, Observation } from '../domain/observation';
import type { PopulationRow } from '../domain/population';
import { LATEST_SCHEMA_VERSION, pendingMigrations } from './migrations';


export { StoreError, type CoverageRow, type MetricsStore, type StoreWriter, type UpsertResult } from './metrics-store';

const COLUMNS = 'metric, area, month, value, numerator, denominator';
/** Metric ids per DELETE statement. */
const DELETE_CHUNK = 500;
function isMemory(file: string): boolean {
  return file === '' || file === ':memory:' || file.startsWith('file::memory:');
}

/**
 * The metrics store: one SQLite file of monthly observations keyed by (metric, area, month).
 * Writes go through `transaction`, which runs one at a time; an import is all or nothing.
 */
export class SqliteStore implements MetricsStore {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private readonly db: sqlite3.Database, readonly location: string) {}

  /** Opens (creating if need be) a store and brings its schema up to date. */
  static async open(file: string): Promise<SqliteStore> {
    const db = await new Promise<sqlite3.Database>((resolve, reject) => {
      const handle = new sqlite3.Database(file, (err) => (err ? reject(new StoreError(`cannot open the store ${file}: ${err.message}`)) : resolve(handle)));
    });
    const store = new SqliteStore(db, file);
    try {
      db.configure('busyTimeout', 5000);
      if (!isMemory(file)) {
        await store.exec('PRAGMA journal_mode = WAL');
        await store.exec('PRAGMA synchronous = NORMAL');
        // Imports touch the whole table: a 64 MB page cache keeps the B-tree in memory while they write.
        await store.exec('PRAGMA cache_size = -65536');
      }
      await store.migrate();
    } catch (err) {
      await store.close();
      throw err;
    }
    return store;
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => this.db.close((err) => (err ? reject(err) : resolve())));
  }

  async schemaVersion(): Promise<number> {
    const row = await this.get<{ user_version: number }>('PRAGMA user_version');
    return row?.user_version ?? 0;
  }

  /**
   * Runs `work` in one transaction: committed if it resolves, rolled back if it throws. Write
   * through `tx` only: the store's own upsert inside `work` would wait for this transaction forever.
   */
  transaction<T>(work: (tx: StoreWriter) => Promise<T>): Promise<T> {
    let changed = 0;
    const counted = async (changes: Promise<number>): Promise<number> => {
      const n = await changes;
      changed += n;
      return n;
    };
    const writer: StoreWriter = {
      upsertObservations: async (rows, source) => {
        const result = await writeObservations(this.db, rows, source);
        changed += result.changed;
        return result;
      },
      deleteMonths: (metrics, months) => counted(this.deleteRows(metrics, months)),
      deleteAll: () => counted(this.run('DELETE FROM observations', []).then((r) => r.changes)),
      upsertPopulation: (rows) => counted(this.writePopulation(rows)),
    };
    const run = async (): Promise<T> => {
      changed = 0;
      await this.exec('BEGIN IMMEDIATE');
      try {
        const out = await work(writer);
        if (changed > 0) await this.run('UPDATE store_writes SET n = n + 1', []);
        await this.exec('COMMIT');
        return out;
      } catch (err) {
        await this.exec('ROLLBACK').catch(() => undefined);
        throw err;
      }
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Inserts or replaces rows in one transaction; a row equal to the stored one is left alone. */
  upsertObservations(rows: readonly Observation[], source: string): Promise<UpsertResult> {
    return this.transaction((tx) => tx.upsertObservations(rows, source));
  }

  /** The months of one metric in one area from `from` to `to` inclusive, in order. */
  series(metric: string, area: string, from: Month, to: Month): Promise<MonthPoint[]> {
    return this.all<MonthPoint>(
      'SELECT month, value, numerator, denominator FROM observations WHERE metric = ? AND area = ? AND month BETWEEN ? AND ? ORDER BY month',
      [metric, area, from, to],
    );
  }

  /** The latest month held for each metric, in any area. */
  async latestMonths(): Promise<Map<string, Month>> {
    const rows = await this.all<{ metric: string; latest: Month }>('SELECT metric, MAX(month) AS latest FROM observations GROUP BY metric');
    return new Map(rows.map((r) => [r.metric, r.latest]));
  }

  /** The latest month held for any metric; undefined for an empty store. */
  async latestMonth(): Promise<Month | undefined> {
    return latestOf((await this.latestMonths()).values());
  }

  coverage(): Promise<CoverageRow[]> {
    return this.all<CoverageRow>(
      'SELECT metric, area, MIN(month) AS first, MAX(month) AS last, COUNT(*) AS count FROM observations GROUP BY metric, area ORDER BY metric, area',
    );
  }

  /** Every observation, in key order, in one query (the app holds them all in memory). */
  allObservations(): Promise<Observation[]> {
    return this.all<Observation>(`SELECT ${COLUMNS} FROM observations ORDER BY metric, area, month`);
  }

  observationsOf(metric: string): Promise<Observation[]> {
    return this.all<Observation>(`SELECT ${COLUMNS} FROM observations WHERE metric = ? ORDER BY area, month`, [metric]);
  }

  async fingerprint(): Promise<string> {
    // Rows, last write and the count of writes that changed figures: two writes in one millisecond differ too.
    const row = await this.get<{ f: string }>("SELECT count(*) || ':' || coalesce(max(imported_at), '') || ':' || (SELECT n FROM store_writes) AS f FROM observations");
    return row?.f ?? '';
  }

  population(): Promise<PopulationRow[]> {
    return this.all<PopulationRow>('SELECT area, year, population, source FROM population ORDER BY area, year');
  }

  private async writePopulation(rows: readonly PopulationRow[]): Promise<number> {
    const at = new Date().toISOString();
    for (const r of rows) {
      await this.run('INSERT INTO population (area, year, population, source, imported_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (area, year) DO UPDATE SET population = excluded.population, source = excluded.source, imported_at = excluded.imported_at', [r.area, r.year, r.population, r.source, at]);
    }
    return rows.length;
  }

  async count(): Promise<number> {
    const row = await this.get<{ n: number }>('SELECT COUNT(*) AS n FROM observations');
    return row?.n ?? 0;
  }

  private async deleteRows(metrics: readonly string[], months: readonly Month[]): Promise<number> {
    let deleted = 0;
    for (const month of months) {
      for (let start = 0; start < metrics.length; start += DELETE_CHUNK) {
        const chunk = metrics.slice(start, start + DELETE_CHUNK);
        const sql = `DELETE FROM observations WHERE month = ? AND metric IN (${chunk.map(() => '?').join(', ')})`;
        deleted += (await this.run(sql, [month, ...chunk])).changes;
      }
    }
    return deleted;
  }

  private async migrate(): Promise<void> {
    const current = await this.schemaVersion();
    if (current > LATEST_SCHEMA_VERSION) {
      throw new StoreError(`the store's schema version ${current} is newer than this perfbot supports (${LATEST_SCHEMA_VERSION})`);
    }
    if (pendingMigrations(current).length === 0) return;
    await this.transaction(async () => {
      // Read again under the write lock: another process may have migrated meanwhile.
      for (const m of pendingMigrations(await this.schemaVersion())) {
        await this.exec(m.sql);
        await this.exec(`PRAGMA user_version = ${Math.trunc(m.version)}`);
      }
    });
  }

  private exec(sql: string): Promise<void> {
    return execSql(this.db, sql);
  }

  private run(sql: string, params: readonly SqlParam[]): Promise<{ changes: number }> {
    return runSql(this.db, sql, params);
  }

  private all<T>(sql: string, params: readonly SqlParam[] = []): Promise<T[]> {
    return allSql<T>(this.db, sql, params);
  }

  private get<T>(sql: string, params: readonly SqlParam[] = []): Promise<T | undefined> {
    return getSql<T>(this.db, sql, params);
  }
}
