import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { readConfig } from '../../src/config';
import { MemoryAuditLog } from '../../src/bot/audit-log';
import { loadCatalogue } from '../../src/io/load-catalogue';
import { startServer, type RunningServer } from '../../src/server';
import { buildSampleStore } from '../../src/store/build-sample';
import { tempDir } from '../store/temp-files';

/** /healthz reads the store the figures come from: 503 while it cannot, 200 again once it can. */

const tmp = tempDir('perfbot-health-');
let db: string;
let server: RunningServer;

async function health(): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`http://127.0.0.1:${server.port}/healthz`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  db = path.join(tmp.dir, 'health.db');
  await buildSampleStore(db, loadCatalogue());
  copyFileSync(db, `${db}.copy`);
  const config = { ...readConfig({ LOG_LEVEL: 'silent', PERFBOT_PUSH_CRON: 'off', PERFBOT_RELOAD_SECONDS: '0', PERFBOT_DB: db, PERFBOT_STATE_DB: path.join(tmp.dir, 'state.db') }), PORT: 0 };
  server = await startServer(config, () => undefined, { today: () => '2020-02-10', audit: new MemoryAuditLog(), host: '127.0.0.1' });
}, 60000);

afterAll(async () => {
  await server.close();
  tmp.cleanup();
});

test('ok while the store can be read; 503 when it has gone or is not a database; ok again once it is back', async () => {
  expect(await health()).toMatchObject({ status: 200, body: { status: 'ok' } });
  rmSync(db);
  expect(await health()).toMatchObject({ status: 503, body: { status: 'unavailable', store: { problem: expect.stringContaining(db) as string } } });
  writeFileSync(db, 'this is not a SQLite database, it is a text file of the right name'.repeat(100));
  expect(await health()).toMatchObject({ status: 503, body: { status: 'unavailable' } });
  rmSync(db);
  copyFileSync(`${db}.copy`, db);
  expect(await health()).toMatchObject({ status: 200, body: { status: 'ok' } });
});
