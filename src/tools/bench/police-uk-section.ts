import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadPoliceUkSpec } from '../../io/load-catalogue';
import { importPoliceUkFile } from '../../police-uk/import-police-uk';
import { policeUkLookup } from '../../police-uk/lookup';
import { fixtureRows, streetCsv } from '../../police-uk/police-uk-fixture';
import { SqliteStore } from '../../store/sqlite-store';
import type { BenchContext, BenchSection, Figure } from './bench-types';

export const POLICE_UK_ROWS = 100_000;

/** A 100,000-row data.police.uk street-level file (generated, seeded) into a fresh store. */
async function run(ctx: BenchContext): Promise<Figure[]> {
  const file = path.join(ctx.dir, '2019-08-cambridgeshire-street.csv');
  const text = streetCsv(fixtureRows('street', '2019-08', POLICE_UK_ROWS, 2019));
  writeFileSync(file, text);
  const lookup = policeUkLookup(loadPoliceUkSpec(), ctx.catalogue);
  const store = await SqliteStore.open(path.join(ctx.dir, 'bench-police-uk.db'));
  try {
    const started = performance.now();
    const out = await importPoliceUkFile(store, file, { lookup, catalogue: ctx.catalogue });
    const ms = performance.now() - started;
    if (out.kind !== 'ok') throw new Error(`the bench's police.uk file is refused: ${out.refusals[0]?.reason ?? ''}`);
    return [
      { label: 'police.uk street file, rows (MB)', value: `${POLICE_UK_ROWS.toLocaleString('en-GB')} (${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB)` },
      { label: 'police.uk street import, ms', value: Math.round(ms), aim: '< 3,000' },
      { label: 'police.uk street import, rows/s', value: Math.round((POLICE_UK_ROWS * 1000) / ms) },
    ];
  } finally {
    await store.close();
  }
}

export const policeUkSection: BenchSection = { name: 'police.uk import', run };
