import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { loadBrain } from '../io/load-brain';
import { loadCatalogue } from '../io/load-catalogue';
import { PROJECT_ROOT } from '../io/project-paths';
import { buildSampleStore } from '../store/build-sample';
import { ServerPool } from './bench/bench-servers';
import type { BenchContext, Figure } from './bench/bench-types';
import { formatTable, writeResults } from './bench/report';
import { BENCH_SECTIONS } from './bench/sections';
import { rssMb } from './bench/stats';

/**
 * `npm run bench`: prints a table of figures (with their aims) and writes bench-results.json.
 * Figures, not pass/fail. The sections are in ./bench/sections.ts. PERFBOT_BENCH_QUICK=1 shortens
 * the timed HTTP runs; `node --expose-gc dist/src/tools/bench.js` measures RSS after collections;
 * with DATABASE_URL set the storage figures are measured on PostgreSQL too (in a schema of their own, dropped after);
 * PERFBOT_BENCH_ONLY=http (names, comma-separated) runs only those sections.
 */
async function main(): Promise<void> {
  const figures: Figure[] = [];
  const dir = mkdtempSync(path.join(tmpdir(), 'perfbot-bench-'));
  const db = path.join(dir, 'bench.db');
  const servers = new ServerPool(dir, db);
  try {
    const catalogue = loadCatalogue();
    await buildSampleStore(db, catalogue);
    const brain = await loadBrain({ db, env: {}, log: () => undefined });
    const ctx: BenchContext = {
      dir,
      db,
      catalogue,
      brain,
      quick: process.env.PERFBOT_BENCH_QUICK === '1',
      ...(process.env.DATABASE_URL ? { postgresUrl: process.env.DATABASE_URL } : {}),
      answerServer: () => servers.get('answer'),
      echoServer: () => servers.get('echo'),
    };
    const only = process.env.PERFBOT_BENCH_ONLY?.split(',').map((n) => n.trim()).filter((n) => n !== '');
    for (const section of BENCH_SECTIONS.filter((s) => !only?.length || only.includes(s.name))) {
      process.stderr.write(`bench: ${section.name}…\n`);
      figures.push(...(await section.run(ctx)));
    }
    figures.push({ label: 'RSS after the run, MB', value: Math.round(rssMb()) });
  } finally {
    await servers.closeAll();
    rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(formatTable(figures));
  writeResults(path.join(PROJECT_ROOT, 'bench-results.json'), figures);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${(err as Error).message}\n`);
  process.exitCode = 1;
});
