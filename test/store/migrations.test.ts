import { LATEST_SCHEMA_VERSION, MIGRATIONS, pendingMigrations } from '../../src/store/migrations';
import { SqliteStore, StoreError } from '../../src/store/sqlite-store';
import { tempDir } from './temp-files';
import * as sqlite3 from 'sqlite3';

describe('migrations', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('are numbered 1, 2, 3 ... without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(pendingMigrations(0)).toHaveLength(MIGRATIONS.length);
    expect(pendingMigrations(LATEST_SCHEMA_VERSION)).toHaveLength(0);
  });

  it('apply to a fresh store, and a second open changes nothing', async () => {
    const file = tmp.file('fresh.db');
    const first = await SqliteStore.open(file);
    expect(await first.schemaVersion()).toBe(LATEST_SCHEMA_VERSION);
    await first.upsertObservations([{ metric: 'crimes_all', area: 'force', month: '2019-01', value: 1, numerator: null, denominator: null }], 'test');
    await first.close();

    const second = await SqliteStore.open(file);
    expect(await second.schemaVersion()).toBe(LATEST_SCHEMA_VERSION);
    expect(await second.count()).toBe(1);
    await second.close();
  });

  it('uses WAL for a file store', async () => {
    const file = tmp.file('wal.db');
    const store = await SqliteStore.open(file);
    await store.close();
    const mode = await new Promise<string>((resolve, reject) => {
      const db = new sqlite3.Database(file, (err) => {
        if (err) return reject(err);
        db.get<{ journal_mode: string }>('PRAGMA journal_mode', (e, row) => db.close(() => (e ? reject(e) : resolve(row.journal_mode))));
      });
    });
    expect(mode).toBe('wal');
  });

  it('refuses a store from a newer perfbot', async () => {
    const file = tmp.file('newer.db');
    await new Promise<void>((resolve, reject) => {
      const db = new sqlite3.Database(file, (err) => {
        if (err) return reject(err);
        db.exec(`PRAGMA user_version = ${LATEST_SCHEMA_VERSION + 1}`, (e) => db.close(() => (e ? reject(e) : resolve())));
      });
    });
    await expect(SqliteStore.open(file)).rejects.toThrow(StoreError);
  });
});
