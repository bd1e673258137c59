import * as path from 'node:path';
import { Pool } from 'pg';
import { benchStorage, type StorageFigures } from '../storage-bench';
import type { BenchContext, BenchSection, Figure } from './bench-types';

function figures(name: string, f: StorageFigures): Figure[] {
  return [
    { label: `${name}: answer over HTTP p50, ms`, value: f.answerP50Ms },
    { label: `${name}: answer over HTTP p99, ms`, value: f.answerP99Ms },
    { label: `${name}: push, deliveries/s (no-op send)`, value: f.pushPerSecond },
  ];
}

/**
 * The same two measurements on SQLite and, when DATABASE_URL is set, on PostgreSQL: answer latency
 * through the real endpoint (conversation state read and saved in the state store each turn) and
 * push throughput (each delivery claimed and recorded; the send itself does nothing).
 */
async function run(ctx: BenchContext): Promise<Figure[]> {
  const sqlite = await benchStorage({ PERFBOT_DB: path.join(ctx.dir, 'storage.db'), PERFBOT_STATE_DB: path.join(ctx.dir, 'storage-state.db'), PERFBOT_PG_SCHEMA: 'public' });
  const out = figures('SQLite', sqlite);
  if (!ctx.postgresUrl) return [...out, { label: 'PostgreSQL', value: 'skipped: DATABASE_URL unset' }];
  const schema = `perfbot_bench_${process.pid}`;
  try {
    out.push(...figures('PostgreSQL', await benchStorage({ DATABASE_URL: ctx.postgresUrl, PERFBOT_PG_SCHEMA: schema })));
  } finally {
    const pool = new Pool({ connectionString: ctx.postgresUrl, max: 1 });
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).finally(() => pool.end());
  }
  return out;
}

export const storageSection: BenchSection = { name: 'storage back ends', run };
