import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { inflateSync } from 'node:zlib';
import { buildManifest, MANIFEST_SCHEMA, MANIFEST_VERSION } from '../../src/teams-app/manifest';
import { createZip } from '../../src/teams-app/zip';
import { PROJECT_ROOT } from '../../src/io/project-paths';
import { packageApp, projectVersion } from '../../src/tools/package-app';
import { pngSize, readZip } from './read-zip';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const BOT_ID = '00000000-1111-2222-3333-444444444444';
const dir = mkdtempSync(path.join(tmpdir(), 'perfbot-package-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the Teams app package (npm run package)', () => {
  const result = packageApp({ MicrosoftAppId: BOT_ID, TEAMS_APP_TRIAL: '1' }, dir);
  const file = path.join(dir, 'perfbot.zip');
  const entries = existsSync(file) ? readZip(file) : [];
  const entry = (name: string): Buffer => {
    const e = entries.find((x) => x.name === name);
    if (!e) throw new Error(`no ${name} in the package`);
    return e.data;
  };

  test('writes perfbot.zip with manifest.json and the two icons, read back by Python’s zipfile', () => {
    expect(result).toEqual({ kind: 'written', file, bytes: readFileSync(file).length });
    expect(entries.map((e) => e.name)).toEqual(['manifest.json', 'color.png', 'outline.png']);
  });

  test('the manifest has every field the schema requires', () => {
    const m = JSON.parse(entry('manifest.json').toString('utf8')) as Record<string, unknown>;
    expect(m).toMatchObject({
      $schema: MANIFEST_SCHEMA,
      manifestVersion: MANIFEST_VERSION,
      version: projectVersion(),
      developer: { name: expect.any(String), websiteUrl: expect.stringMatching(/^https:\/\//), privacyUrl: expect.stringMatching(/^https:\/\//), termsOfUseUrl: expect.stringMatching(/^https:\/\//) },
      name: { short: expect.any(String), full: expect.any(String) },
      description: { short: expect.any(String), full: expect.any(String) },
      icons: { color: 'color.png', outline: 'outline.png' },
      accentColor: expect.stringMatching(/^#[0-9A-Fa-f]{6}$/),
    });
    expect(String(m.id)).toMatch(GUID);
    expect(String(m.version)).toMatch(SEMVER);
    const name = m.name as { short: string; full: string };
    const description = m.description as { short: string; full: string };
    expect(name.short.length).toBeLessThanOrEqual(30);
    expect(name.full.length).toBeLessThanOrEqual(100);
    expect(description.short.length).toBeLessThanOrEqual(80);
    expect(description.full.length).toBeLessThanOrEqual(4000);
  });

  test('the bot and the message extension name the bot by its app id', () => {
    const m = JSON.parse(entry('manifest.json').toString('utf8')) as { bots: { botId: string; scopes: string[]; commandLists: { commands: { title: string; description: string }[] }[] }[]; composeExtensions: { botId: string; commands: Record<string, unknown>[] }[] };
    expect(m.bots).toHaveLength(1);
    expect(m.bots[0]).toMatchObject({ botId: BOT_ID, scopes: ['personal', 'team', 'groupChat'] });
    const commands = m.bots[0]?.commandLists[0]?.commands ?? [];
    expect(commands.map((c) => c.title)).toEqual(['ask', 'headlines', 'subscribe', 'help']);
    for (const c of commands) expect(c.description.length).toBeLessThanOrEqual(128);
    expect(m.composeExtensions[0]?.botId).toBe(BOT_ID);
    expect(m.composeExtensions[0]?.commands).toEqual([expect.objectContaining({
      id: 'ask', type: 'query', initialRun: true, context: ['compose', 'commandBox'], parameters: [expect.objectContaining({ name: 'question' })],
    })]);
  });

  test('the icons are PNGs of 192 × 192 and 32 × 32; the outline is white on transparent', () => {
    expect(pngSize(entry('color.png'))).toEqual({ width: 192, height: 192 });
    const outline = entry('outline.png');
    expect(pngSize(outline)).toEqual({ width: 32, height: 32 });
    const idat = outline.indexOf('IDAT');
    const raw = inflateSync(outline.subarray(idat + 4, idat + 4 + outline.readUInt32BE(idat - 4)));
    const pixels = new Set<string>();
    for (let y = 0; y < 32; y++) for (let x = 0; x < 32; x++) pixels.add(raw.subarray(y * 129 + 1 + x * 4, y * 129 + 5 + x * 4).toString('hex'));
    expect([...pixels].sort()).toEqual(['00000000', 'ffffffff']);
  });

  test('the same settings make the same bytes', () => {
    const again = mkdtempSync(path.join(dir, 'again-'));
    packageApp({ MicrosoftAppId: BOT_ID, TEAMS_APP_TRIAL: '1' }, again);
    expect(readFileSync(path.join(again, 'perfbot.zip')).equals(readFileSync(file))).toBe(true);
  });

  test('the same bytes from the built package-app in another process, in another time zone', () => {
    const again = mkdtempSync(path.join(dir, 'process-'));
    const built = path.join(PROJECT_ROOT, 'dist', 'src', 'tools', 'package-app.js');
    const script = `require(${JSON.stringify(built)}).packageApp({ MicrosoftAppId: ${JSON.stringify(BOT_ID)}, TEAMS_APP_TRIAL: '1' }, ${JSON.stringify(again)}, ${JSON.stringify(projectVersion())})`;
    execFileSync(process.execPath, ['-e', script], { env: { ...process.env, TZ: 'Pacific/Auckland' } });
    expect(readFileSync(path.join(again, 'perfbot.zip')).equals(readFileSync(file))).toBe(true);
  });
});

describe('what the package needs', () => {
  test('no MicrosoftAppId: a clear error, and no file', () => {
    const out = path.join(dir, 'none');
    const result = packageApp({ TEAMS_APP_TRIAL: '1' }, out);
    expect(result).toEqual({ kind: 'failed', problems: [expect.stringMatching(/^MicrosoftAppId must be set/)] });
    expect(existsSync(path.join(out, 'perfbot.zip'))).toBe(false);
  });

  test('a TEAMS_APP_ID that is not a GUID is refused by the configuration', () => {
    const result = packageApp({ MicrosoftAppId: BOT_ID, TEAMS_APP_ID: 'perfbot', TEAMS_APP_TRIAL: '1' }, path.join(dir, 'bad'));
    expect(result).toMatchObject({ kind: 'failed', problems: [expect.stringMatching(/^TEAMS_APP_ID must be a GUID/)] });
  });

  test('TEAMS_APP_ID and TEAMS_APP_WEBSITE_URL reach the manifest', () => {
    const appId = 'abcdef01-2345-6789-abcd-ef0123456789';
    const outcome = buildManifest({ appId, botId: BOT_ID, version: '1.2.3', websiteUrl: 'https://intranet.example.police.uk/perfbot/', developerName: 'Example Constabulary' });
    expect(outcome.kind === 'ok' && outcome.manifest).toMatchObject({ id: appId, developer: { privacyUrl: 'https://intranet.example.police.uk/perfbot/privacy' }, validDomains: ['intranet.example.police.uk'] });
    expect(buildManifest({ appId, botId: BOT_ID, version: 'v1', websiteUrl: 'https://x.example' })).toMatchObject({ kind: 'invalid' });
  });
});

describe('the ZIP writer (fflate)', () => {
  test('deflates text, stores what is already compressed, every entry dated 1 January 1980', () => {
    const text = Buffer.from('perfbot '.repeat(100));
    const png = readFileSync(path.join(__dirname, '..', '..', 'data', 'teams-app', 'color.png'));
    const zipFile = path.join(dir, 'writer.zip');
    writeFileSync(zipFile, createZip([{ name: 'a.txt', data: text }, { name: 'b.png', data: png, stored: true }]));
    const entries = readZip(zipFile);
    expect(entries.map((e) => [e.name, e.method, e.data.equals(e.name === 'a.txt' ? text : png)])).toEqual([['a.txt', 8, true], ['b.png', 0, true]]);
    for (const e of entries) expect(e.date).toEqual([1980, 1, 1, 0, 0, 0]);
  });
});
