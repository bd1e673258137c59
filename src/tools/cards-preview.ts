import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildBrain } from '../answers/brain';
import { addMonths, type Month } from '../domain/month';
import { readTidyFiles } from '../importer/import-file';
import { loadCatalogue } from '../io/load-catalogue';
import { loadPopulationFile } from '../io/load-population';
import { loadCrimeTypes } from '../io/load-crime-types';
import { loadLexicon } from '../io/load-lexicon';
import { PROJECT_ROOT, SAMPLE_DIR } from '../io/project-paths';
import { cardBytes } from '../../cards/card-shell';
import { cardGallery } from './card-render/card-gallery';
import { cardProblems } from './card-render/card-problems';
import { CHROMIUM_PATH, renderCards } from './card-render/render-cards';

/** Teams on a phone, and about the widest a card gets in Teams on a desktop. */
export const PREVIEW_WIDTHS = [360, 760] as const;

/**
 * `npm run cards:preview`: every card kind, from the sample data, rendered in headless Chromium with
 * a Teams-like host config, to card-previews/<name>-360.png and <name>-760.png (with <name>-<width>-open.png
 * where a show-card opens, and the card JSON beside them) for a person to look at. Exits 1 if the SDK
 * reports a problem with any card, or a word breaks or text is cut off at either width.
 */
async function main(): Promise<number> {
  const out = path.join(PROJECT_ROOT, 'card-previews');
  const chromium = process.env.PERFBOT_CHROMIUM ?? CHROMIUM_PATH;
  if (!existsSync(chromium)) {
    process.stderr.write(`cards:preview: no Chromium at ${chromium}; install it with "apt-get install -y chromium" or set PERFBOT_CHROMIUM\n`);
    return 1;
  }
  const files = existsSync(SAMPLE_DIR) ? readdirSync(SAMPLE_DIR).filter((f) => f.endsWith('.csv')).map((f) => path.join(SAMPLE_DIR, f)) : [];
  if (files.length === 0) {
    process.stderr.write(`cards:preview: no sample data in ${SAMPLE_DIR}; run "npm run generate-sample" first\n`);
    return 1;
  }
  const catalogue = loadCatalogue();
  const checked = readTidyFiles(files, catalogue);
  if (checked.kind === 'refused') {
    process.stderr.write(`cards:preview: the sample data was refused:\n  ${checked.refusals.slice(0, 5).map((r) => JSON.stringify(r)).join('\n  ')}\n`);
    return 1;
  }
  const observations = checked.files.flatMap((f) => f.rows);
  const latest = observations.reduce<Month>((max, o) => (o.month > max ? o.month : max), '0000-01');
  // The day the figures for the latest month would be read: early in the month after.
  const today = `${addMonths(latest, 1)}-10`;
  const gallery = cardGallery(buildBrain(catalogue, loadLexicon(), observations, loadPopulationFile(catalogue), loadCrimeTypes(catalogue)), today);
  mkdirSync(out, { recursive: true });
  let failed = false;
  let written = 0;
  for (const card of gallery) writeFileSync(path.join(out, `${card.name}.json`), `${JSON.stringify(card.card, null, 2)}\n`);
  for (const width of PREVIEW_WIDTHS) {
    const rendered = await renderCards(gallery, chromium, { width });
    for (const [i, r] of rendered.entries()) {
      const card = gallery[i]?.card;
      if (!card) continue;
      writeFileSync(path.join(out, `${r.name}-${width}.png`), r.png);
      if (r.openPng) writeFileSync(path.join(out, `${r.name}-${width}-open.png`), r.openPng);
      written += r.openPng ? 2 : 1;
      const problems = [...cardProblems(card, r.events), ...r.layout];
      failed ||= problems.length > 0;
      process.stdout.write(`${`${r.name} @${width}`.padEnd(28)} ${String(cardBytes(card)).padStart(6)} bytes  ${problems.length === 0 ? 'ok' : problems.join('; ')}\n`);
    }
  }
  process.stdout.write(`wrote ${written} previews (${PREVIEW_WIDTHS.join(' and ')} px wide) to ${out}\n`);
  return failed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`cards:preview: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
