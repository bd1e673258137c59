import type { Pool } from 'pg';
import { StoreError } from '../metrics-store';
import { inTransaction, quoteIdent } from './pg-connection';

/**
 * The PostgreSQL schema, as an ordered list of migrations recorded in `perfbot_schema`. One
 * database (or schema) holds the figures and the bot's state, shared by every instance. Never edit
 * a migration that has shipped: add a new one.
 */
export interface PgMigration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const PG_MIGRATIONS: readonly PgMigration[] = Object.freeze([
  {
    version: 1,
    name: 'observations',
    sql: `
      CREATE TABLE observations (
        metric      text NOT NULL,
        area        text NOT NULL,
        month       text NOT NULL CHECK (month ~ '^[0-9]{4}-[01][0-9]$'),
        value       double precision,
        numerator   double precision,
        denominator double precision,
        source      text NOT NULL,
        imported_at timestamptz NOT NULL,
        PRIMARY KEY (metric, area, month)
      );
      CREATE INDEX observations_metric_month ON observations (metric, month);`,
  },
  {
    version: 2,
    name: 'bot state: conversations, subscriptions, deliveries, conversation state, audit',
    sql: `
      CREATE TABLE conversations (conversation_id text PRIMARY KEY, reference text NOT NULL, updated_at timestamptz NOT NULL);
      CREATE TABLE subscriptions (conversation_id text PRIMARY KEY, area text NOT NULL, reference text NOT NULL, active boolean NOT NULL, updated_at timestamptz NOT NULL);
      CREATE INDEX subscriptions_active ON subscriptions (active);
      CREATE TABLE deliveries (conversation_id text NOT NULL, month text NOT NULL, status text NOT NULL, attempts integer NOT NULL, last_error text, updated_at timestamptz NOT NULL, PRIMARY KEY (conversation_id, month));
      CREATE TABLE bot_state (key text PRIMARY KEY, value text NOT NULL, etag bigint NOT NULL, updated_at timestamptz NOT NULL);
      CREATE TABLE audit_log (id bigserial PRIMARY KEY, at timestamptz NOT NULL, entry text NOT NULL);`,
  },
  {
    version: 3,
    name: 'a count of the writes that changed figures, for the fingerprint',
    sql: `
      CREATE TABLE store_writes (id integer PRIMARY KEY CHECK (id = 1), n bigint NOT NULL);
      INSERT INTO store_writes (id, n) VALUES (1, 0);`,
  },
  {
    version: 4,
    name: 'population',
    sql: `
      CREATE TABLE population (
        area        text NOT NULL,
        year        integer NOT NULL,
        population  integer NOT NULL CHECK (population > 0),
        source      text NOT NULL,
        imported_at timestamptz NOT NULL,
        PRIMARY KEY (area, year)
      );`,
  },
]);

export const PG_LATEST_VERSION = PG_MIGRATIONS.reduce((v, m) => Math.max(v, m.version), 0);

/** Serialises migrations across instances starting at once. */
const MIGRATION_LOCK = 7_201_801;

/** Brings the schema up to date; instances starting together wait for each other. */
export async function migratePg(pool: Pool, schema: string): Promise<number> {
  return inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
    await client.query(`SET LOCAL search_path TO ${quoteIdent(schema)}`);
    await client.query('CREATE TABLE IF NOT EXISTS perfbot_schema (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
    const current = Number((await client.query<{ v: number | null }>('SELECT max(version) AS v FROM perfbot_schema')).rows[0]?.v ?? 0);
    if (current > PG_LATEST_VERSION) throw new StoreError(`the PostgreSQL schema ${schema} is at version ${current}, newer than this perfbot supports (${PG_LATEST_VERSION})`);
    for (const m of PG_MIGRATIONS.filter((x) => x.version > current)) {
      await client.query(m.sql);
      await client.query('INSERT INTO perfbot_schema (version, name) VALUES ($1, $2)', [m.version, m.name]);
    }
    return PG_LATEST_VERSION;
  });
}
