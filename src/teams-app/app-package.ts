import { buildManifest, COLOR_ICON, OUTLINE_ICON, type ManifestInput, type TeamsManifest } from './manifest';
import { colorIcon, outlineIcon } from './png';
import { createZip } from './zip';

export type AppPackageOutcome =
  | { readonly kind: 'ok'; readonly zip: Buffer; readonly manifest: TeamsManifest }
  | { readonly kind: 'invalid'; readonly problems: readonly string[] };

/** The Teams app package: a ZIP of manifest.json and the two icons, or why it cannot be made. */
export function buildAppPackage(input: ManifestInput): AppPackageOutcome {
  const outcome = buildManifest(input);
  if (outcome.kind === 'invalid') return outcome;
  const zip = createZip([
    { name: 'manifest.json', data: Buffer.from(`${JSON.stringify(outcome.manifest, null, 2)}\n`, 'utf8') },
    { name: COLOR_ICON, data: colorIcon() },
    { name: OUTLINE_ICON, data: outlineIcon() },
  ]);
  return { kind: 'ok', zip, manifest: outcome.manifest };
}
