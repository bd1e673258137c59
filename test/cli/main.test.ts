import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { SqliteStore } from '../../src/store/sqlite-store';
import { csv, tempDir } from '../store/temp-files';
import { run } from './run-main';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('perfbot (main)', () => {
  it('lists the commands with help', async () => {
    const out = await run(['help']);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('import');
    expect(out.stdout).toContain('db build');
  });

  it('prints a command\'s usage with --help', async () => {
    expect(await run(['import', '--help'])).toEqual({ code: 0, stdout: 'usage: perfbot import [--db FILE] FILE.csv...\n', stderr: '' });
  });

  it('exits 2 on no command, an unknown command or a bad option', async () => {
    expect((await run([])).code).toBe(2);
    const unknown = await run(['frobnicate']);
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
    const bad = await run(['import', '--bogus', 'x.csv']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('perfbot import: unknown option --bogus');
    expect((await run(['import'])).stderr).toContain('no files given');
  });

  it('reports an unexpected error in one line, exit 2, without a stack', async () => {
    const out = await run(['import', '--db', tmp.file('u.db'), tmp.file('does-not-exist.csv')]);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/^perfbot: cannot read .*does-not-exist\.csv: ENOENT\n$/);
  });

  it('reports a bad configuration naming the variable, exit 2', async () => {
    const out = await run(['help'], { PORT: 'abc' });
    expect(out.code).toBe(2);
    expect(out.stderr).toBe('perfbot: invalid configuration: PORT must be a whole number from 1 to 65535\n');
  });

  it('imports files and reports rows per file; refusals go to stderr as FILE:LINE: reason, exit 1', async () => {
    const db = tmp.file('import.db');
    const good = tmp.file('good.csv', csv('crimes_all,force,2019-01,100,,', 'crimes_all,north,2019-01,40,,'));
    const ok = await run(['import', '--db', db, good]);
    expect(ok).toEqual({ code: 0, stdout: `${good}: 2 rows imported (2 new or changed)\n`, stderr: '' });

    const bad = tmp.file('bad.csv', csv('crimes_all,force,2019-02,100,,', 'crimes_all,force,2019-13,1,,'));
    const refused = await run(['import', '--db', db, bad]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain(`${bad}:3: bad month "2019-13"`);
    const store = await SqliteStore.open(db);
    expect(await store.count()).toBe(2);
    await store.close();
  });

  it('takes the store from PERFBOT_DB when there is no --db', async () => {
    const db = tmp.file('env.db');
    const good = tmp.file('env.csv', csv('crimes_all,force,2019-01,100,,'));
    expect((await run(['import', good], { PERFBOT_DB: db })).code).toBe(0);
    expect(existsSync(db)).toBe(true);
  });

  it('db build --from DIR recreates the store from a folder of CSV files', async () => {
    const dir = path.join(tmp.dir, 'sample');
    mkdirSync(dir);
    tmp.file('sample/a.csv', csv('crimes_all,force,2019-01,100,,', 'crimes_all,force,2019-02,110,,'));
    tmp.file('sample/b.csv', csv('crimes_all,force,2019-02,120,,', 'ppo_rate_all,force,2019-02,,12,100'));
    const db = tmp.file('built.db');
    tmp.file('built.db', 'not a database');
    const out = await run(['db', 'build', '--db', db, '--from', dir]);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(new RegExp(`^built ${db.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: 4 rows from 2 files in \\d+ ms\\n$`));
    const store = await SqliteStore.open(db);
    expect((await store.allObservations()).map((o) => `${o.metric} ${o.month} ${o.value}`)).toEqual(['crimes_all 2019-01 100', 'crimes_all 2019-02 120', 'ppo_rate_all 2019-02 12']);
    await store.close();
    expect(readdirSync(tmp.dir).filter((f) => f.includes('.building-'))).toEqual([]);
  });

  it('db build refuses a folder with a bad file and leaves the old store alone', async () => {
    const dir = path.join(tmp.dir, 'badsample');
    mkdirSync(dir);
    tmp.file('badsample/a.csv', csv('crimes_all,nowhere,2019-01,100,,'));
    const db = tmp.file('kept.db');
    expect((await run(['db', 'build', '--db', db, '--from', path.join(tmp.dir, 'sample')])).code).toBe(0);
    const out = await run(['db', 'build', '--db', db, '--from', dir]);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain(`${path.join(dir, 'a.csv')}:2: unknown area "nowhere"`);
    const store = await SqliteStore.open(db);
    expect(await store.count()).toBe(3);
    await store.close();
    expect((await run(['db', 'build', '--db', db, '--from', path.join(tmp.dir, 'nothing-here')])).code).toBe(1);
  });

  it('db build works on the bundled data/sample', async () => {
    const db = tmp.file('sample.db');
    const out = await run(['db', 'build', '--db', db]);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const store = await SqliteStore.open(db);
    expect(await store.count()).toBeGreaterThan(1000);
    await store.close();
  });
});

describe('perfbot ask: usage errors, before any figure is read', () => {
  it.each([
    [['ask', '--colour', 'burglary'], 'unknown option --colour'],
    [['ask', 'burglary', '--today'], '--today needs a value'],
    [['ask', '--today', '2020-13-01', 'burglary'], '--today must be a date as YYYY-MM-DD, not "2020-13-01"'],
    [['ask', '--json'], 'no question given'],
    [['ask', '--batch', 'q.txt', 'burglary'], 'give either --batch FILE or a question, not both'],
    [['ask', '--json=yes', 'burglary'], '--json takes no value'],
  ])('%j', async (argv, message) => {
    const out = await run(argv, { PERFBOT_DB: tmp.file('never-built.db') });
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr.split('\n')[0]).toBe(`perfbot ask: ${message}`);
    expect(existsSync(tmp.file('never-built.db'))).toBe(false);
  });
});
