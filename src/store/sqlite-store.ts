import * as sqlite3 from 'sqlite3';
import { allSql, execSql, finalizeStatement, getSql, prepareSql, runSql, runStatement, type SqlParam } from './sqlite-calls';
import type { Month } from '../domain/month';
import { latestOf, StoreError, type CoverageRow, type MetricsStore, type StoreWriter, type UpsertResult } from './metrics-store';
import type { MonthPoint, Observation } from '../domain/observation';
import { LATEST_SCHEMA_VERSION, pendingMigrations } from './migrations';

type Param = SqlParam;

export { StoreError, type CoverageRow, type MetricsStore, type StoreWriter, type UpsertResult } from './metrics-store';

const COLUMNS = 'metric, area, month, value, numerator, denominator';
/** Rows per INSERT statement: 6 parameters each plus 2 shared, under SQLite's limit of 32766. */
const CHUNK = 5000;

/** `INSERT … VALUES (?3, …, ?1, ?2), …` for `n` rows: ?1 is the source and ?2 the time, for all. */
function upsertSql(n: number): string {
  const values: string[] = [];
  for (let i = 0; i < n; i++) {
    const p = 3 + i * 6;
    values.push(`(?${p}, ?${p + 1}, ?${p + 2}, ?${p + 3}, ?${p + 4}, ?${p + 5}, ?1, ?2)`);
  }
  return `INSERT INTO observations (${COLUMNS}, source, imported_at) VALUES ${values.join(', ')}${UPSERT_TAIL}`;
}

const UPSERT_TAIL = `
  ON CONFLICT (metric, area, month) DO UPDATE SET
    value = excluded.value, numerator = excluded.numerator, denominator = excluded.denominator,
    source = excluded.source, imported_at = excluded.imported_at
  WHERE observations.value IS NOT excluded.value
     OR observations.numerator IS NOT excluded.numerator
     OR observations.denominator IS NOT excluded.denominator`;

/** Rows per JSON batch: one parameter each, so binding costs nothing per row. */
const JSON_CHUNK = 20000;

/**
 * Whole numbers travel exactly as JSON text, and a ratio's value is 100 × numerator / denominator
 * computed by SQLite with the same double arithmetic as here. Other fractions are bound instead:
 * SQLite's text-to-double conversion is not always correctly rounded.
 */
function travelsAsJson(r: Observation): boolean {
  const whole = (v: number | null) => v === null || Number.isSafeInteger(v);
  if (!whole(r.numerator) || !whole(r.denominator)) return false;
  if (whole(r.value)) return true;
  return r.numerator !== null && r.denominator !== null && r.denominator !== 0 && r.value === (100 * r.numerator) / r.denominator;
}

/** [metric, area, month, value, numerator, denominator, value is the ratio of the parts]. */
function asJsonRow(r: Observation): (string | number | null)[] {
  const ratio = r.value !== null && !Number.isSafeInteger(r.value);
  return [r.metric, r.area, r.month, ratio ? null : r.value, r.numerator, r.denominator, ratio ? 1 : 0];
}

const JSON_UPSERT = `
  INSERT INTO observations (${COLUMNS}, source, imported_at)
  SELECT j.value ->> 0, j.value ->> 1, j.value ->> 2,
         CASE WHEN j.value ->> 6 = 1 THEN 100.0 * (j.value ->> 4) / (j.value ->> 5) ELSE j.value ->> 3 END,
         j.value ->> 4, j.value ->> 5, ?1, ?2
  FROM json_each(?3) AS j WHERE true ORDER BY j.key${UPSERT_TAIL}`;

function byKey(a: Observation, b: Observation): number {
  return a.metric < b.metric ? -1 : a.metric > b.metric ? 1 : a.area < b.area ? -1 : a.area > b.area ? 1 : a.month < b.month ? -1 : a.month > b.month ? 1 : 0;
}

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
    const writer: StoreWriter = { upsertObservations: (rows, source) => this.writeRows(rows, source), deleteMonths: (metrics, months) => this.deleteRows(metrics, months), deleteAll: async () => (await this.run('DELETE FROM observations', [])).changes };
    const run = async (): Promise<T> => {
      await this.exec('BEGIN IMMEDIATE');
      try {
        const out = await work(writer);
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

  async count(): Promise<number> {
    const row = await this.get<{ n: number }>('SELECT COUNT(*) AS n FROM observations');
    return row?.n ?? 0;
  }

  private async writeRows(given: readonly Observation[], source: string): Promise<UpsertResult> {
    const importedAt = new Date().toISOString();
    // In key order the B-tree is written page after page; equal keys keep their order (last wins).
    const rows = [...given].sort(byKey);
    const exact: Observation[] = [];
    const other: Observation[] = [];
    for (const r of rows) (travelsAsJson(r) ? exact : other).push(r);
    let changed = 0;
    for (let start = 0; start < exact.length; start += JSON_CHUNK) {
      const json = JSON.stringify(exact.slice(start, start + JSON_CHUNK).map(asJsonRow));
      changed += (await this.run(JSON_UPSERT, [source, importedAt, json])).changes;
    }
    changed += await this.writeBound(other, source, importedAt);
    return { rows: given.length, changed };
  }

  /** Rows with fractional figures, bound one parameter each (exact, slower to bind). */
  private async writeBound(rows: readonly Observation[], source: string, importedAt: string): Promise<number> {
    let changed = 0;
    let full: sqlite3.Statement | undefined;
    try {
      for (let start = 0; start < rows.length; start += CHUNK) {
        const chunk = rows.slice(start, start + CHUNK);
        const params: Param[] = [source, importedAt];
        for (const r of chunk) params.push(r.metric, r.area, r.month, r.value, r.numerator, r.denominator);
        if (chunk.length === CHUNK) {
          full ??= await prepareSql(this.db, upsertSql(CHUNK));
          changed += (await runStatement(full, params)).changes;
        } else {
          changed += (await this.run(upsertSql(chunk.length), params)).changes;
        }
      }
    } finally {
      if (full) await finalizeStatement(full);
    }
    return changed;
  }

  private async deleteRows(metrics: readonly string[], months: readonly Month[]): Promise<number> {
    let deleted = 0;
    for (const month of months) {
      for (let start = 0; start < metrics.length; start += CHUNK) {
        const chunk = metrics.slice(start, start + CHUNK);
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
