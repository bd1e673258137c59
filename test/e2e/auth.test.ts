import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { readConfig } from '../../src/config';
import { MemoryAuditLog } from '../../src/bot/audit-log';
import { loadCatalogue } from '../../src/io/load-catalogue';
import { startServer, type RunningServer } from '../../src/server';
import { buildSampleStore } from '../../src/store/build-sample';
import { FakeConnector } from './fake-connector';
import { messageActivity, post } from './activities';

const dir = mkdtempSync(path.join(tmpdir(), 'perfbot-auth-'));
const connector = new FakeConnector();
let server: RunningServer;

beforeAll(async () => {
  const db = path.join(dir, 'auth.db');
  await buildSampleStore(db, loadCatalogue());
  await connector.start();
  const config = { ...readConfig({ LOG_LEVEL: 'silent', PERFBOT_DB: db, PERFBOT_STATE_DB: path.join(dir, 'state.db'), MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-a-real-secret', ALLOWED_TENANTS: 'tenant-1' }), PORT: 0 };
  server = await startServer(config, () => undefined, { today: () => '2020-02-10', audit: new MemoryAuditLog(), host: '127.0.0.1' });
});

afterAll(async () => {
  await server.close();
  await connector.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('with an app id set, only Bot Framework-authenticated requests are served', () => {
  test.each([
    ['no Authorization header', {}],
    ['a malformed Authorization header', { authorization: 'Bearer not.a.jwt' }],
    ['a token of the wrong scheme', { authorization: 'Basic dXNlcjpwYXNz' }],
  ])('%s gets 401 and no reply', async (_what, headers) => {
    const res = await post(server.port, messageActivity(connector.url, 'robbery last month'), headers);
    expect(res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 150));
    expect(connector.received).toHaveLength(0);
    expect(res.text).not.toMatch(/at .*\.js|stack/i);
  });
});

describe('configuration', () => {
  test('production without an app id refuses to start, naming the variable', () => {
    expect(() => readConfig({ NODE_ENV: 'production' })).toThrow(/MicrosoftAppId must be set when NODE_ENV is production/);
  });

  test('an app id without a password is refused at start', () => {
    expect(() => readConfig({ MicrosoftAppId: 'abc' })).toThrow(/MicrosoftAppPassword/);
  });

  test('ALLOWED_TENANTS is read as a set of lower-case ids', () => {
    expect([...readConfig({ ALLOWED_TENANTS: ' Tenant-A, tenant-b ,' }).ALLOWED_TENANTS]).toEqual(['tenant-a', 'tenant-b']);
  });
});
