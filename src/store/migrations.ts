/**
 * The store's schema, as an ordered list of migrations. The store records the version it has
 * reached in `PRAGMA user_version` and applies the missing ones, in order, in one transaction.
 * Never edit a migration that has shipped: add a new one.
 */
export interface Migration {
  /** 1, 2, 3 ... in order, no gaps. */
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = Object.freeze([
  {
    version: 1,
    name: 'observations',
    sql: `
      CREATE TABLE observations (
        metric      TEXT NOT NULL,
        area        TEXT NOT NULL,
        month       TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
        value       REAL,
        numerator   REAL,
        denominator REAL,
        source      TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        PRIMARY KEY (metric, area, month)
      ) WITHOUT ROWID;
      -- series(metric, area, from, to) and coverage() read the primary key;
      -- latestMonths() reads this one.
      CREATE INDEX observations_metric_month ON observations (metric, month);
    `,
  },
  {
    version: 2,
    name: 'a count of the writes that changed figures, for the fingerprint',
    sql: `
      CREATE TABLE store_writes (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL);
      INSERT INTO store_writes (id, n) VALUES (1, 0);
    `,
  },
  {
    version: 3,
    name: 'population',
    sql: `
      CREATE TABLE population (
        area        TEXT NOT NULL,
        year        INTEGER NOT NULL,
        population  INTEGER NOT NULL CHECK (population > 0),
        source      TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        PRIMARY KEY (area, year)
      ) WITHOUT ROWID;
    `,
  },
]);

/** The version a fresh store reaches. */
export const LATEST_SCHEMA_VERSION: number = MIGRATIONS.reduce((v, m) => Math.max(v, m.version), 0);

/** The migrations still to apply to a store at `current`, in order. */
export function pendingMigrations(current: number): Migration[] {
  return MIGRATIONS.filter((m) => m.version > current).sort((a, b) => a.version - b.version);
}
