import { Pool, type PoolClient } from 'pg';
import { redactUrl } from '../redact-url';

export { redactUrl };

/** Where a PostgreSQL store is: the server and database, and the schema (one per force on a shared service). */
export interface PgTarget {
  readonly url: string;
  readonly schema: string;
  /** Shown in pg_stat_activity: which instance holds a connection (and the push lock). */
  readonly applicationName?: string;
}

export const DEFAULT_PG_SCHEMA = 'public';

/** A schema name as SQL: only simple names are accepted, so quoting is plain. */
export function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`"${name}" is not a schema name perfbot accepts (lower-case letters, digits and _)`);
  return `"${name}"`;
}

/** A small pool whose connections all use the target's schema. */
export function openPool(target: PgTarget, max = 5, onError: (err: Error) => void = () => undefined): Pool {
  const schema = quoteIdent(target.schema);
  // The schema is set when each connection starts, before any query of ours.
  const pool = new Pool({ connectionString: target.url, max, application_name: target.applicationName ?? 'perfbot', connectionTimeoutMillis: 10000, options: `-c search_path=${schema}` });
  // A server restart breaks idle connections: report it; the pool makes new ones.
  pool.on('error', onError);
  return pool;
}

/** Runs `work` on one connection inside BEGIN/COMMIT; rolled back if it throws. */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    try {
      const out = await work(client);
      await client.query('COMMIT');
      return out;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    }
  } finally {
    client.release();
  }
}
