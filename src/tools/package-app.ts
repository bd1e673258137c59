import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ConfigError, loadEnv, readTeamsAppConfig, type Env, type TeamsAppConfig } from '../config';
import { PROJECT_ROOT } from '../io/project-paths';
import { buildAppPackage } from '../teams-app/app-package';
import { manifestInput } from '../teams-app/manifest';

export const PACKAGE_FILE = 'perfbot.zip';

export type PackageResult = { readonly kind: 'written'; readonly file: string; readonly bytes: number } | { readonly kind: 'failed'; readonly problems: readonly string[] };

/** The project's version, from package.json. */
export function projectVersion(root: string = PROJECT_ROOT): string {
  const json = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version?: unknown };
  return typeof json.version === 'string' ? json.version : '';
}

/** Builds the Teams app package from the settings and writes it to `<outDir>/perfbot.zip`. */
export function packageApp(env: Env, outDir: string, version: string = projectVersion()): PackageResult {
  let config: TeamsAppConfig;
  try {
    config = readTeamsAppConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return { kind: 'failed', problems: err.problems };
    throw err;
  }
  const outcome = buildAppPackage(manifestInput(config, version));
  if (outcome.kind === 'invalid') return { kind: 'failed', problems: outcome.problems };
  mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, PACKAGE_FILE);
  writeFileSync(file, outcome.zip);
  return { kind: 'written', file, bytes: outcome.zip.length };
}

/** `npm run package`: writes appPackage/perfbot.zip, to upload in Teams. */
function main(): number {
  const result = packageApp(loadEnv(), path.join(PROJECT_ROOT, 'appPackage'));
  if (result.kind === 'failed') {
    process.stderr.write(`package: cannot build the Teams app package:\n  ${result.problems.join('\n  ')}\n`);
    return 1;
  }
  process.stdout.write(`wrote ${result.file} (${result.bytes} bytes): manifest.json, color.png, outline.png\n`);
  return 0;
}

if (require.main === module) process.exitCode = main();
