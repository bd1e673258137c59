import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { readTeamsAppConfig } from '../../src/config';
import { buildManifest, MANIFEST_SCHEMA, MANIFEST_VERSION, manifestInput, type TeamsManifest } from '../../src/teams-app/manifest';
import { packageApp } from '../../src/tools/package-app';

/**
 * The manifest against the Teams schema that Microsoft's @microsoft/app-manifest package bundles,
 * offline: the schema is read from the installed package and handed to its validator
 * (AppManifestUtils.validateAgainstSchema, run by validate-manifest.js in a child Node process).
 */
const BOT_ID = '00000000-1111-2222-3333-444444444444';
const SCHEMAS = path.join(path.dirname(require.resolve('@microsoft/app-manifest')), 'json-schemas', 'teams');

/** The schema validator's errors for each manifest (an empty list: valid). */
function validateAll(manifests: readonly unknown[]): string[][] {
  const schemaFile = path.join(SCHEMAS, `v${MANIFEST_VERSION}`, 'MicrosoftTeams.schema.json');
  const run = spawnSync(process.execPath, [path.join(__dirname, 'validate-manifest.js')], { input: JSON.stringify({ schemaFile, manifests }), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`validate-manifest.js failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as string[][];
}

const REAL = {
  MicrosoftAppId: BOT_ID,
  TEAMS_APP_DEVELOPER_NAME: 'Example Constabulary',
  TEAMS_APP_WEBSITE_URL: 'https://intranet.example.police.uk/perfbot/',
  TEAMS_APP_PRIVACY_URL: 'https://www.example.police.uk/privacy-notice',
  TEAMS_APP_TERMS_URL: 'https://www.example.police.uk/terms',
  TEAMS_APP_VERSION: '1.4.0',
};

function manifestFrom(env: Record<string, string>): TeamsManifest {
  const outcome = buildManifest(manifestInput(readTeamsAppConfig(env), '0.1.0'));
  if (outcome.kind !== 'ok') throw new Error(outcome.problems.join('; '));
  return outcome.manifest;
}

describe('the Teams app manifest', () => {
  test('uses the newest schema the package bundles (1.25 or later), by its published address', () => {
    const bundled = readdirSync(SCHEMAS).filter((d) => /^v\d+\.\d+$/.test(d)).map((d) => d.slice(1));
    const newest = bundled.sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1])).at(-1);
    expect(MANIFEST_VERSION).toBe(newest);
    expect(Number(MANIFEST_VERSION.split('.')[1])).toBeGreaterThanOrEqual(25);
    expect(MANIFEST_SCHEMA).toBe(`https://developer.microsoft.com/en-us/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`);
  });

  test('validates against that schema, with real settings and as a trial package; the validator catches a broken one', () => {
    const { developer: _developer, ...noDeveloper } = manifestFrom(REAL);
    const [real, trial, missing, wrong] = validateAll([
      manifestFrom(REAL),
      manifestFrom({ MicrosoftAppId: BOT_ID, TEAMS_APP_TRIAL: '1' }),
      noDeveloper,
      { ...manifestFrom(REAL), supportsChannelFeatures: 'tier9' },
    ]);
    expect(real).toEqual([]);
    expect(trial).toEqual([]);
    expect((missing ?? []).join(' ')).toMatch(/developer/);
    expect((wrong ?? []).length).toBeGreaterThan(0);
  });

  test('works in shared and private channels', () => {
    expect(manifestFrom(REAL).supportsChannelFeatures).toBe('tier1');
  });

  test('the developer, the three addresses and the version come from the settings', () => {
    const m = manifestFrom(REAL);
    expect(m.version).toBe('1.4.0');
    expect(m.developer).toEqual({
      name: 'Example Constabulary',
      websiteUrl: 'https://intranet.example.police.uk/perfbot',
      privacyUrl: 'https://www.example.police.uk/privacy-notice',
      termsOfUseUrl: 'https://www.example.police.uk/terms',
    });
    expect(m.validDomains).toEqual(['intranet.example.police.uk']);
    const { TEAMS_APP_VERSION: _v, ...noVersion } = REAL;
    expect(manifestFrom(noVersion).version).toBe('0.1.0');
  });
});

describe('the package refuses placeholders unless told it is a trial', () => {
  test('the example.org website and no developer name: refused, each named with its setting', () => {
    const result = packageApp({ MicrosoftAppId: BOT_ID }, path.join(__dirname, 'never-written'));
    expect(result.kind).toBe('failed');
    const problems = result.kind === 'failed' ? result.problems : [];
    expect(problems).toEqual([
      expect.stringMatching(/^TEAMS_APP_DEVELOPER_NAME must be set/),
      expect.stringMatching(/^TEAMS_APP_WEBSITE_URL is the placeholder https:\/\/perfbot\.example\.org/),
      expect.stringMatching(/^TEAMS_APP_PRIVACY_URL is the placeholder https:\/\/perfbot\.example\.org\/privacy/),
      expect.stringMatching(/^TEAMS_APP_TERMS_URL is the placeholder https:\/\/perfbot\.example\.org\/terms/),
    ]);
  });

  test('a real website but a placeholder terms page is still refused', () => {
    const outcome = buildManifest(manifestInput(readTeamsAppConfig({ ...REAL, TEAMS_APP_TERMS_URL: 'https://www.example.com/terms' }), '0.1.0'));
    expect(outcome).toEqual({ kind: 'invalid', problems: [expect.stringMatching(/^TEAMS_APP_TERMS_URL is the placeholder https:\/\/www\.example\.com\/terms/)] });
  });

  test('TEAMS_APP_TRIAL=1 allows them, with the default developer name', () => {
    expect(manifestFrom({ MicrosoftAppId: BOT_ID, TEAMS_APP_TRIAL: '1' }).developer.websiteUrl).toBe('https://perfbot.example.org');
  });

  test('a version that is not 1.2.3, or a developer name over 32 characters, is refused by the configuration', () => {
    expect(() => readTeamsAppConfig({ TEAMS_APP_VERSION: 'v2' })).toThrow(/TEAMS_APP_VERSION must be a version/);
    expect(() => readTeamsAppConfig({ TEAMS_APP_DEVELOPER_NAME: 'x'.repeat(33) })).toThrow(/TEAMS_APP_DEVELOPER_NAME must be at most 32/);
  });
});
