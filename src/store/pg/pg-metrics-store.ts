import type { Pool, PoolClient } from 'pg';
import type { Month } from '../../domain/month';
import type { MonthPoint, Observation } from '../../domain/observation';
import type { PopulationRow } from '../../domain/population';
import { latestOf, type CoverageRow, type MetricsStore, type StoreWriter, type UpsertResult } from '../metrics-store';
import { inTransaction, openPool, redactUrl, type PgTarget } from './pg-connection';
import { migratePg, PG_LATEST_VERSION } from './pg-migrations';

/** Rows per statement: the rows go as seven arrays, so no parameter limit applies. */
const CHUNK = 5000;

const UPSERT = `
  INSERT INTO observations (metric, area, month, value, numerator, denominator, source, imported_at)
  SELECT metric, area, month, value, numerator, denominator, $7, $8
  FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::float8[], $6::float8[])
    AS r (metric, area, month, value, numerator, denominator)
  ON CONFLICT (metric, area, month) DO UPDATE SET
    value = excluded.value, numerator = excluded.numerator, denominator = excluded.denominator,
    source = excluded.source, imported_at = excluded.imported_at
  WHERE observations.value IS DISTINCT FROM excluded.value
     OR observations.numerator IS DISTINCT FROM excluded.numerator
     OR observations.denominator IS DISTINCT FROM excluded.denominator`;

/** One row per key, the last given winning (as SQLite's row-by-row upsert does). */
function lastPerKey(rows: readonly Observation[]): Observation[] {
  const byKey = new Map<string, Observation>();
  for (const r of rows) {
    const key = `${r.metric}\u0000${r.area}\u0000${r.month}`;
    byKey.delete(key);
    byKey.set(key, r);
  }
  return byKey.size === rows.length ? [...rows] : [...byKey.values()];
}

async function writeRows(client: PoolClient, given: readonly Observation[], source: string): Promise<UpsertResult> {
  const importedAt = new Date().toISOString();
  const rows = lastPerKey(given);
  let changed = 0;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const result = await client.query(UPSERT, [
      chunk.map((r) => r.metric), chunk.map((r) => r.area), chunk.map((r) => r.month),
      chunk.map((r) => r.value), chunk.map((r) => r.numerator), chunk.map((r) => r.denominator),
      source, importedAt,
    ]);
    changed += result.rowCount ?? 0;
  }
  return { rows: given.length, changed };
}

const POPULATION_UPSERT = `
  INSERT INTO population (area, year, population, source, imported_at)
  SELECT area, year, population, source, $5 FROM unnest($1::text[], $2::int[], $3::int[], $4::text[]) AS r (area, year, population, source)
  ON CONFLICT (area, year) DO UPDATE SET population = excluded.population, source = excluded.source, imported_at = excluded.imported_at`;

/** A writer on one transaction's client that counts the rows it changed. */
function writerOn(client: PoolClient): { writer: StoreWriter; changed: () => number } {
  let changed = 0;
  const counted = (n: number): number => {
    changed += n;
    return n;
  };
  const writer: StoreWriter = {
    upsertObservations: async (rows, source) => {
      const result = await writeRows(client, rows, source);
      counted(result.changed);
      return result;
    },
    deleteMonths: async (metrics, months) => counted((await client.query('DELETE FROM observations WHERE metric = ANY($1::text[]) AND month = ANY($2::text[])', [metrics, months])).rowCount ?? 0),
    deleteAll: async () => counted((await client.query('DELETE FROM observations')).rowCount ?? 0),
    upsertPopulation: async (rows) => {
      const at = new Date().toISOString();
      await client.query(POPULATION_UPSERT, [rows.map((r) => r.area), rows.map((r) => r.year), rows.map((r) => r.population), rows.map((r) => r.source), at]);
      return counted(rows.length);
    },
  };
  return { writer, changed: () => changed };
}

/** The metrics store in PostgreSQL, shared by every instance; same behaviour as the SQLite one. */
export class PgMetricsStore implements MetricsStore {
  private constructor(private readonly pool: Pool, readonly location: string) {}

  static async open(target: PgTarget): Promise<PgMetricsStore> {
    const pool = openPool(target);
    try {
      await migratePg(pool, target.schema);
    } catch (err) {
      await pool.end();
      throw err;
    }
    return new PgMetricsStore(pool, `${redactUrl(target.url)} (schema ${target.schema})`);
  }

  close(): Promise<void> {
    return this.pool.end();
  }

  schemaVersion(): Promise<number> {
    return Promise.resolve(PG_LATEST_VERSION);
  }

  transaction<T>(work: (tx: StoreWriter) => Promise<T>): Promise<T> {
    return inTransaction(this.pool, async (client) => {
      const { writer, changed } = writerOn(client);
      const out = await work(writer);
      if (changed() > 0) await client.query('UPDATE store_writes SET n = n + 1');
      return out;
    });
  }

  upsertObservations(rows: readonly Observation[], source: string): Promise<UpsertResult> {
    return this.transaction((tx) => tx.upsertObservations(rows, source));
  }

  async series(metric: string, area: string, from: Month, to: Month): Promise<MonthPoint[]> {
    const r = await this.pool.query<MonthPoint>('SELECT month, value, numerator, denominator FROM observations WHERE metric = $1 AND area = $2 AND month BETWEEN $3 AND $4 ORDER BY month', [metric, area, from, to]);
    return r.rows;
  }

  async latestMonths(): Promise<Map<string, Month>> {
    const r = await this.pool.query<{ metric: string; latest: Month }>('SELECT metric, max(month) AS latest FROM observations GROUP BY metric');
    return new Map(r.rows.map((row) => [row.metric, row.latest]));
  }

  async latestMonth(): Promise<Month | undefined> {
    return latestOf((await this.latestMonths()).values());
  }

  async coverage(): Promise<CoverageRow[]> {
    const r = await this.pool.query<CoverageRow>('SELECT metric, area, min(month) AS first, max(month) AS last, count(*)::int AS count FROM observations GROUP BY metric, area ORDER BY metric COLLATE "C", area COLLATE "C"');
    return r.rows;
  }

  async allObservations(): Promise<Observation[]> {
    const r = await this.pool.query<Observation>('SELECT metric, area, month, value, numerator, denominator FROM observations ORDER BY metric COLLATE "C", area COLLATE "C", month COLLATE "C"');
    return r.rows;
  }

  async observationsOf(metric: string): Promise<Observation[]> {
    const r = await this.pool.query<Observation>('SELECT metric, area, month, value, numerator, denominator FROM observations WHERE metric = $1 ORDER BY area COLLATE "C", month COLLATE "C"', [metric]);
    return r.rows;
  }

  async fingerprint(): Promise<string> {
    // Rows, last write and the count of writes that changed figures: two writes in one millisecond differ too.
    const r = await this.pool.query<{ f: string }>("SELECT count(*)::text || ':' || coalesce(max(imported_at)::text, '') || ':' || (SELECT n FROM store_writes)::text AS f FROM observations");
    return r.rows[0]?.f ?? '';
  }

  async population(): Promise<PopulationRow[]> {
    const r = await this.pool.query<PopulationRow>('SELECT area, year, population, source FROM population ORDER BY area COLLATE "C", year');
    return r.rows;
  }

  async count(): Promise<number> {
    const r = await this.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM observations');
    return r.rows[0]?.n ?? 0;
  }
}
