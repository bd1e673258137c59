import fs from 'node:fs';
import * as path from 'node:path';
import { loadCatalogue } from '../../src/io/load-catalogue';
import { openMetricsStore } from '../../src/io/open-stores';
import { buildStore } from '../../src/store/build-store';
import { redactIn, redactUrl } from '../../src/store/redact-url';
import { SqliteStore } from '../../src/store/sqlite-store';
import { csv, tempDir } from './temp-files';

/**
 * `db build` on SQLite: the new store is renamed over the old one, so there is always a whole store
 * at the path (a build that dies at the swap leaves the old one); what killed builds left is removed.
 */

const catalogue = loadCatalogue();

async function rows(file: string): Promise<number> {
  const store = await SqliteStore.open(file);
  try {
    return (await store.allObservations()).length;
  } finally {
    await store.close();
  }
}

describe('db build swaps the store in atomically', () => {
  const tmp = tempDir('perfbot-atomic-');
  afterAll(() => tmp.cleanup());
  afterEach(() => jest.restoreAllMocks());

  function folder(name: string, lines: string[]): string {
    const dir = path.join(tmp.dir, name);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'a.csv'), csv(...lines));
    return dir;
  }

  test('a build that dies at the swap leaves the old store whole and readable', async () => {
    const file = path.join(tmp.dir, 'swap.db');
    expect(await buildStore(file, folder('old', ['crimes_all,force,2019-01,100,,']), catalogue)).toMatchObject({ kind: 'ok', rows: 1 });
    // The process dies where the new file would be moved into place (here: the move fails).
    jest.spyOn(fs, 'renameSync').mockImplementationOnce(() => {
      throw new Error('killed at the swap');
    });
    await expect(buildStore(file, folder('new', ['crimes_all,force,2019-01,100,,', 'crimes_all,force,2019-02,90,,']), catalogue)).rejects.toThrow('killed at the swap');
    expect(fs.existsSync(file)).toBe(true);
    expect(await rows(file)).toBe(1);
    // The next build goes through and replaces it.
    expect(await buildStore(file, folder('new', ['crimes_all,force,2019-01,100,,', 'crimes_all,force,2019-02,90,,']), catalogue)).toMatchObject({ kind: 'ok', rows: 2 });
    expect(await rows(file)).toBe(2);
  });

  test('a reader holding the old store goes on reading it while the new one is swapped in', async () => {
    const file = path.join(tmp.dir, 'reader.db');
    await buildStore(file, folder('r1', ['crimes_all,force,2019-01,100,,']), catalogue);
    const reader = await SqliteStore.open(file);
    try {
      await buildStore(file, folder('r2', ['crimes_all,force,2019-01,100,,', 'crimes_all,force,2019-02,90,,', 'crimes_all,force,2019-03,80,,']), catalogue);
      expect((await reader.allObservations()).length).toBe(1);
    } finally {
      await reader.close();
    }
    expect(await rows(file)).toBe(3);
  });

  test('files left by killed builds (FILE.building-PID and journals) are removed by the next build', async () => {
    const file = path.join(tmp.dir, 'left.db');
    const dead = 2 ** 22 + 12345; // above Linux's default pid_max: no such process
    const leftovers = [`left.db.building-${dead}`, `left.db.building-${dead}-wal`, `left.db.building-${dead}-journal`];
    for (const name of leftovers) fs.writeFileSync(path.join(tmp.dir, name), 'half a store');
    fs.writeFileSync(path.join(tmp.dir, 'other.db.building-1'), 'not ours');
    expect(await buildStore(file, folder('l', ['crimes_all,force,2019-01,100,,']), catalogue)).toMatchObject({ kind: 'ok' });
    const names = fs.readdirSync(tmp.dir);
    expect(names.filter((n) => n.startsWith('left.db.building-'))).toEqual([]);
    expect(names).toContain('other.db.building-1');
  });
});

describe('passwords are never printed with a connection string', () => {
  test.each([
    ['in the user part', 'postgres://perfbot:s3cret-pw@db.example:5432/perfbot'],
    ['as ?password=', 'postgres://perfbot@db.example:5432/perfbot?password=s3cret-pw&sslmode=require'],
    ['percent-encoded', 'postgres://perfbot@db.example/perfbot?password=s3cret%2Dpw'],
  ])('%s', (_where, url) => {
    expect(redactUrl(url)).not.toMatch(/s3cret/);
    expect(redactUrl(url)).toMatch(/db\.example/);
    expect(redactIn(`could not connect to ${url}: password s3cret-pw refused`, url)).not.toMatch(/s3cret/);
  });

  test('a PostgreSQL store that cannot be reached is named without the ?password=', async () => {
    const url = 'postgres://perfbot@127.0.0.1:1/perfbot?password=s3cret-pw';
    const err = await openMetricsStore({ kind: 'postgres', pg: { url, schema: 'public' } }).then(() => undefined, (e: unknown) => e as Error);
    expect(err?.message).toMatch(/cannot use the PostgreSQL database postgres:\/\/perfbot@127\.0\.0\.1:1\/perfbot\?password=\*\*\*/);
    expect(err?.message).not.toMatch(/s3cret/);
  });
});
