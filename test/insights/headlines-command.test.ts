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

  test('prints the digest for the latest complete month: the strategic paragraphs, then numbered headlines', async () => {
    const r = runner();
    expect(await headlinesCommand(['--db', db], r.io)).toBe(0);
    const lines = r.out().trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual(['Headlines for January 2020:', '', 'Strategic measures']);
    expect(lines[3]).toMatch(/^The long-term downward trend in the rolling 12 month all crime prosecution possible outcome rate halted in January, .+\.$/);
    const headlines = lines.indexOf('Performance headlines');
    expect(headlines).toBeGreaterThan(3);
    expect(lines[headlines + 1]).toMatch(/^1\. .+\.$/);
    expect(lines.length - headlines - 1).toBeLessThanOrEqual(8);
  });

  test('prints JSON: the month, the strategic paragraphs with their insights, the headlines', async () => {
    const r = runner();
    expect(await headlinesCommand(['--month', '2020-01', '--json', '--db', db], r.io)).toBe(0);
    type Insight = Record<string, unknown>;
    const json = JSON.parse(r.out()) as { month: string; strategic: { metric: string; text: string; insights: Insight[] }[]; headlines: Record<string, unknown>[] };
    expect(Object.keys(json)).toEqual(['month', 'strategic', 'headlines']);
    expect(json.month).toBe('2020-01');
    expect(json.strategic.map((p) => p.metric)).toEqual(['ppo_rate_all', 'ppo_rate_dwelling_burglary', 'ppo_rate_domestic_abuse']);
    const record = json.strategic[0]?.insights.find((i) => i.metric === 'ppo_count_all' && i.kind === 'highest_since');
    expect(record).toMatchObject({ kind: 'highest_since', metric: 'ppo_count_all', area: 'force', since: '2018-03', value: 955 });
    const fy = json.strategic[0]?.insights.find((i) => i.metric === 'ppo_rate_all' && i.kind === 'vs_fy_end');
    expect(fy).toMatchObject({ area: 'force', since: '2019-03', changeUnit: 'ppt' });
    expect(Number(fy?.change).toFixed(1)).toBe('-1.0');
    for (const p of json.strategic) for (const i of p.insights) expect(Object.keys(i).slice(0, 3)).toEqual(['kind', 'metric', 'area']);
    expect(json.headlines.length).toBeLessThanOrEqual(8);
    expect(Object.keys(json.headlines[0] ?? {})).toEqual(['metric', 'area', 'kind', 'text', 'value', 'since', 'change', 'changeUnit', 'good', 'score', 'insights']);
  });

  test('keeps to one area', async () => {
    const r = runner();
    expect(await headlinesCommand(['--month', '2020-01', '--area', 'South', '--json', '--db', db], r.io)).toBe(0);
    const json = JSON.parse(r.out()) as { area: string; strategic: { area: string; insights: { area: string }[] }[]; headlines: { area: string }[] };
    const allowed = ['south', 'cambridge', 'south_cambridgeshire', 'east_cambridgeshire', 'huntingdonshire'];
    expect(json.area).toBe('south');
    expect(json.headlines.every((h) => allowed.includes(h.area))).toBe(true);
    expect(json.strategic.every((p) => p.area === 'south' && p.insights.every((i) => allowed.includes(i.area)))).toBe(true);
  });

  test('an unknown area is refused with exit 2', async () => {
    const r = runner();
    expect(await headlinesCommand(['--area', 'Narnia', '--db', db], r.io)).toBe(2);
    expect(r.err()).toMatch(/^perfbot headlines: unknown area "Narnia"/);
  });

  test('a month without figures says so, with an empty list and exit 0', async () => {
    const r = runner();
    expect(await headlinesCommand(['--month', '2021-06', '--json', '--db', db], r.io)).toBe(0);
    const json = JSON.parse(r.out()) as { strategic: unknown[]; headlines: unknown[]; message: string };
    expect(json.strategic).toEqual([]);
    expect(json.headlines).toEqual([]);
    expect(json.message).toBe('I hold no figures for June 2021, so there are no headlines to give (the latest month I hold is January 2020).');
  });
});
