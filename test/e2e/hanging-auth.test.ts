import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { readConfig } from '../../src/config';
import { MemoryAuditLog } from '../../src/bot/audit-log';
import { loadCatalogue } from '../../src/io/load-catalogue';
import { startServer, type RunningServer } from '../../src/server';
import { buildSampleStore } from '../../src/store/build-sample';
import { messageActivity, post } from './activities';
import { HangingServer, KeyEndpoint } from './bot-tokens';

/**
 * Microsoft's key endpoint stops answering (here: a server on 127.0.0.1 that accepts and never
 * replies). Each request is answered within the outbound timeout (503: the sender could not be
 * checked), and every connection the bot opened to the endpoint is closed again.
 */

const APP_ID = '00000000-0000-0000-0000-0000000000b2';
const dir = mkdtempSync(path.join(tmpdir(), 'perfbot-hanging-'));
const hanging = new HangingServer();
const signer = new KeyEndpoint();
const logLines: Record<string, unknown>[] = [];
let server: RunningServer;

beforeAll(async () => {
  const db = path.join(dir, 'hanging.db');
  await buildSampleStore(db, loadCatalogue());
  await hanging.start();
  const config = { ...readConfig({ LOG_LEVEL: 'info', NODE_ENV: 'production', PERFBOT_PUSH_CRON: 'off', PERFBOT_DB: db, PERFBOT_STATE_DB: path.join(dir, 'state.db'), MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret' }), PORT: 0 };
  server = await startServer(config, () => undefined, {
    today: () => '2020-02-10',
    audit: new MemoryAuditLog(),
    host: '127.0.0.1',
    outboundTimeoutMs: 1000,
    endpoints: { ToBotFromChannelOpenIdMetadataUrl: hanging.url },
    logStream: { write: (line: string) => void logLines.push(JSON.parse(line) as Record<string, unknown>) },
  });
}, 60000);

afterAll(async () => {
  await server.close();
  await hanging.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('requests whose keys cannot be fetched are answered 503, and the sockets to the key endpoint close', async () => {
  const serviceUrl = 'http://127.0.0.1:9/never-used';
  const token = signer.valid({ appId: APP_ID, serviceUrl });
  const answers = await Promise.all(Array.from({ length: 5 }, () => post(server.port, messageActivity(serviceUrl, 'robbery last month'), { authorization: `Bearer ${token}` })));
  for (const a of answers) {
    expect(a.status).toBe(503);
    expect(JSON.parse(a.text)).toEqual({ error: expect.stringMatching(/could not be checked/) as string });
  }
  expect(hanging.accepted).toBeGreaterThan(0);
  // Every connection the bot made to the endpoint is closed by the bot (the endpoint never closes them).
  await hanging.allClosed();
  expect(logLines.filter((l) => l.status === 503)).toHaveLength(5);
  // And it keeps answering (the next request tries the keys again, and is bounded again).
  expect((await post(server.port, messageActivity(serviceUrl, 'robbery last month'), { authorization: `Bearer ${token}` })).status).toBe(503);
  await hanging.allClosed();
}, 60000);

describe('a Bot Connector that hangs (local mode: no token needed)', () => {
  const connector = new HangingServer();
  let local: RunningServer;
  const lines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    await connector.start();
    const config = { ...readConfig({ LOG_LEVEL: 'info', PERFBOT_PUSH_CRON: 'off', PERFBOT_DB: path.join(dir, 'hanging.db'), PERFBOT_STATE_DB: path.join(dir, 'state-local.db') }), PORT: 0 };
    local = await startServer(config, () => undefined, {
      today: () => '2020-02-10',
      audit: new MemoryAuditLog(),
      host: '127.0.0.1',
      outboundTimeoutMs: 1000,
      logStream: { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) },
    });
  }, 60000);

  afterAll(async () => {
    await local.close();
    await connector.stop();
  });

  test('the reply times out, the turn ends (logged), the request is answered, and the sockets close', async () => {
    const res = await post(local.port, messageActivity(connector.base, 'robbery South last month'));
    expect(res.status).toBe(200);
    expect(connector.accepted).toBeGreaterThan(0);
    await connector.allClosed();
    expect(lines.some((l) => l.msg === 'unexpected error in a turn' && /no answer within 1000 ms/.test(JSON.stringify(l)))).toBe(true);
  }, 60000);
});
