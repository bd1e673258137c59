import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { headlinesCommand } from '../../src/cli/commands/headlines';
import { buildSampleStore } from '../../src/store/build-sample';
import { CATALOGUE } from './helpers/series';

function runner() {
  const out: string[] = [];
  const err: string[] = [];
  const io = { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t), env: {}, today: '2020-02-10' };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

describe('perfbot headlines: bad arguments', () => {
  test.each([
    [['--month', '2020-13'], '--month must be a month as YYYY-MM, not "2020-13"'],
    [['--month'], '--month needs a value'],
    [['--area', '--json'], '--area needs a value'],
    [['--colour'], 'unknown option --colour'],
    [['january'], 'unexpected argument "january"'],
  ])('%j is refused with one line and exit 2', async (argv, message) => {
    const r = runner();
    expect(await headlinesCommand(argv, r.io)).toBe(2);
    expect(r.err().split('\n')[0]).toBe(`perfbot headlines: ${message}`);
    expect(r.out()).toBe('');
  });
});

describe('perfbot headlines on the sample store', () => {
  let dir = '';
  let db = '';
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'perfbot-headlines-'));
    db = path.join(dir, 'sample.db');
    await buildSampleStore(db, CATALOGUE);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('prints the numbered sentences for the latest complete month', async () => {
    const r = runner();
    expect(await headlinesCommand(['--db', db], r.io)).toBe(0);
    const lines = r.out().trimEnd().split('\n');
    expect(lines[0]).toBe('Headlines for January 2020:');
    expect(lines[1]).toMatch(/^1\. .+\.$/);
    expect(lines.length).toBeLessThanOrEqual(11);
  });

  test('prints JSON with every field of a headline', async () => {
    const r = runner();
    expect(await headlinesCommand(['--month', '2020-01', '--json', '--db', db], r.io)).toBe(0);
    const json = JSON.parse(r.out()) as { month: string; headlines: Record<string, unknown>[] };
    expect(json.month).toBe('2020-01');
    expect(Object.keys(json.headlines[0] ?? {})).toEqual(['metric', 'area', 'kind', 'text', 'value', 'since', 'change', 'changeUnit', 'good', 'score']);
  });

  test('keeps to one area', async () => {
    const r = runner();
    expect(await headlinesCommand(['--month', '2020-01', '--area', 'South', '--json', '--db', db], r.io)).toBe(0);
    const json = JSON.parse(r.out()) as { headlines: { area: string }[] };
    const allowed = ['south', 'cambridge', 'south_cambridgeshire', 'east_cambridgeshire', 'huntingdonshire'];
    expect(json.headlines.every((h) => allowed.includes(h.area))).toBe(true);
  });

  test('an unknown area is refused with exit 2', async () => {
    const r = runner();
    expect(await headlinesCommand(['--area', 'Narnia', '--db', db], r.io)).toBe(2);
    expect(r.err()).toMatch(/^perfbot headlines: unknown area "Narnia"/);
  });

  test('a month without figures says so, with an empty list and exit 0', async () => {
    const r = runner();
    expect(await headlinesCommand(['--month', '2021-06', '--json', '--db', db], r.io)).toBe(0);
    const json = JSON.parse(r.out()) as { headlines: unknown[]; message: string };
    expect(json.headlines).toEqual([]);
    expect(json.message).toBe('I hold no figures for June 2021, so there are no headlines to give (the latest month I hold is January 2020).');
  });
});
