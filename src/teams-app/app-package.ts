import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DATA_DIR } from '../io/project-paths';
import { buildManifest, COLOR_ICON, OUTLINE_ICON, type ManifestInput, type TeamsManifest } from './manifest';
import { createZip } from './zip';

/**
 * The icons, checked in as PNG files: a white bar chart on Teams purple (192 × 192) and on a
 * transparent background (32 × 32).
 */
export const ICON_DIR = path.join(DATA_DIR, 'teams-app');

export type AppPackageOutcome =
  | { readonly kind: 'ok'; readonly zip: Buffer; readonly manifest: TeamsManifest }
  | { readonly kind: 'invalid'; readonly problems: readonly string[] };

/** The Teams app package: a ZIP of manifest.json and the two icons, or why it cannot be made. */
export function buildAppPackage(input: ManifestInput, iconDir: string = ICON_DIR): AppPackageOutcome {
  const outcome = buildManifest(input);
  if (outcome.kind === 'invalid') return outcome;
  const zip = createZip([
    { name: 'manifest.json', data: Buffer.from(`${JSON.stringify(outcome.manifest, null, 2)}\n`, 'utf8') },
    { name: COLOR_ICON, data: readFileSync(path.join(iconDir, COLOR_ICON)), stored: true },
    { name: OUTLINE_ICON, data: readFileSync(path.join(iconDir, OUTLINE_ICON)), stored: true },
  ]);
  return { kind: 'ok', zip, manifest: outcome.manifest };
}
