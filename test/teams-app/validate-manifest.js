'use strict';
/**
 * Validates Teams manifests with Microsoft's @microsoft/app-manifest (AppManifestUtils.validateAgainstSchema)
 * against a schema file it bundles, offline. Run as a child process: the package needs Node's
 * require of ES modules, which jest's module loader does not do.
 * stdin: { "schemaFile": "...", "manifests": [ ... ] }; stdout: one array of errors per manifest.
 */
const { readFileSync } = require('node:fs');
const { AppManifestUtils } = require('@microsoft/app-manifest');

async function main() {
  const input = JSON.parse(readFileSync(0, 'utf8'));
  const schema = JSON.parse(readFileSync(input.schemaFile, 'utf8'));
  const out = [];
  for (const manifest of input.manifests) out.push(await AppManifestUtils.validateAgainstSchema(manifest, schema));
  process.stdout.write(JSON.stringify(out));
}

main().catch((err) => {
  process.stderr.write(String(err && err.stack ? err.stack : err));
  process.exitCode = 1;
});
