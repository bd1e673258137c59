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
import { KeyEndpoint } from './bot-tokens';

const dir = mkdtempSync(path.join(tmpdir(), 'perfbot-auth-'));
const connector = new FakeConnector();
const keys = new KeyEndpoint();
const audit = new MemoryAuditLog();
const APP_ID = '00000000-0000-0000-0000-000000000001';
let server: RunningServer;

beforeAll(async () => {
  const db = path.join(dir, 'auth.db');
  await buildSampleStore(db, loadCatalogue());
  await connector.start();
  await keys.start();
  const config = { ...readConfig({ LOG_LEVEL: 'silent', PERFBOT_DB: db, PERFBOT_STATE_DB: path.join(dir, 'state.db'), MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret', ALLOWED_TENANTS: 'tenant-1' }), PORT: 0 };
  // The Bot Connector's signing keys come from a local endpoint, so a properly signed request can be made.
  server = await startServer(config, () => undefined, { today: () => '2020-02-10', audit, host: '127.0.0.1', endpoints: { ToBotFromChannelOpenIdMetadataUrl: keys.metadataUrl } });
});

afterAll(async () => {
  await server.close();
  await connector.stop();
  await keys.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('with an app id set, only Bot Framework-authenticated requests are served', () => {
  test.each([
    ['no Authorization header', {}],
    ['a malformed Authorization header', { authorization: 'Bearer not.a.jwt' }],
    ['a token of the wrong scheme', { authorization: 'Basic dXNlcjpwYXNz' }],
  ])('%s gets 401 and no turn: the signed question sent after it is the only one answered', async (_what, headers) => {
    const before = audit.entries.length;
    const res = await post(server.port, messageActivity(connector.url, 'robbery last month'), headers);
    expect(res.status).toBe(401);
    expect(res.text).not.toMatch(/at .*\.js|stack/i);
    // A turn is over before its POST is answered; one that ran would be audited (and replied to).
    const token = keys.valid({ appId: APP_ID, serviceUrl: connector.url });
    const signed = await post(server.port, messageActivity(connector.url, 'charges in January', { deliveryMode: 'expectReplies' }), { authorization: `Bearer ${token}` });
    expect(signed.status).toBe(200);
    expect(signed.text).toContain('Charges and summonses, Cambridgeshire, January 2020');
    expect(audit.entries.slice(before).map((e) => e.question)).toEqual(['charges in January']);
    expect(connector.received).toHaveLength(0);
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
