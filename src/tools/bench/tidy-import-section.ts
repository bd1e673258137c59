import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { CatalogueIndex } from '../../domain/catalogue';
import { makeMonth } from '../../domain/month';
import { importFiles, readTidyFiles } from '../../importer/import-file';
import { TIDY_HEADER } from '../../importer/parse-tidy';
import { SqliteStore } from '../../store/sqlite-store';
import type { BenchContext, BenchSection, Figure } from './bench-types';
import { round } from './stats';

export const TIDY_ROWS = 200_000;
export const TIDY_AIM_ROWS_PER_SECOND = 200_000;

/**
 * A valid tidy CSV of `rows` rows: every plain count metric at every area of a level it has, month
 * after month from 2000-01, so no (metric, area, month) repeats.
 */
export function tidyCsv(catalogue: CatalogueIndex, rows: number): string {
  const pairs: (readonly [string, string])[] = [];
  for (const m of catalogue.metrics) {
    if (m.unit !== 'count' || m.aggregation === 'ratio') continue;
    for (const a of catalogue.areas) if (m.levels.includes(a.level)) pairs.push([m.id, a.id]);
  }
  if (pairs.length === 0) throw new Error('the catalogue has no count metrics');
  const lines = [TIDY_HEADER];
  for (let i = 0; lines.length <= rows; i++) {
    const month = makeMonth(2000 + Math.floor(i / 12), (i % 12) + 1);
    for (const [metric, area] of pairs) {
      if (lines.length > rows) break;
      lines.push(`${metric},${area},${month},${(lines.length * 7919) % 1000},,`);
    }
  }
  return `${lines.join('\n')}\n`;
}

async function run(ctx: BenchContext): Promise<Figure[]> {
  const file = path.join(ctx.dir, 'bench-tidy.csv');
  writeFileSync(file, tidyCsv(ctx.catalogue, TIDY_ROWS));

  // Read and check alone, to split the import's time between checking and writing.
  const t0 = performance.now();
  const checked = readTidyFiles([file], ctx.catalogue);
  const checkMs = performance.now() - t0;
  if (checked.kind === 'refused') throw new Error(`the bench's tidy file is refused: ${checked.refusals[0]?.reason ?? ''}`);

  const store = await SqliteStore.open(path.join(ctx.dir, 'bench-import.db'));
  let ms: number;
  let rows: number;
  try {
    const t1 = performance.now();
    const out = await importFiles(store, [file], ctx.catalogue);
    ms = performance.now() - t1;
    if (out.kind === 'refused') throw new Error(`the bench's tidy file is refused: ${out.refusals[0]?.reason ?? ''}`);
    rows = out.rows;
  } finally {
    await store.close();
  }
  return [
    { label: 'tidy import rows', value: rows },
    { label: 'tidy import, ms', value: Math.round(ms) },
    { label: 'tidy import, rows/s', value: Math.round((rows * 1000) / ms), aim: `≥ ${TIDY_AIM_ROWS_PER_SECOND.toLocaleString('en-GB')}` },
    { label: 'tidy import: read+check share, %', value: round((100 * checkMs) / ms, 1) },
  ];
}

/** Imports ~200,000 valid tidy rows into a fresh SQLite store with `importFiles`. */
export const tidyImportSection: BenchSection = { name: 'tidy import', run };
