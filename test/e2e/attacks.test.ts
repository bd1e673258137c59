import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import * as http from 'node:http';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { readConfig } from '../../src/config';
import { MemoryAuditLog } from '../../src/bot/audit-log';
import { loadCatalogue } from '../../src/io/load-catalogue';
import { startServer, MAX_BODY_BYTES, type RunningServer } from '../../src/server';
import { buildSampleStore } from '../../src/store/build-sample';
import { FakeConnector } from './fake-connector';
import { messageActivity } from './activities';
import { hmacToken, KeyEndpoint, unsignedToken } from './bot-tokens';

/**
 * An outsider's requests to a bot in production mode (app id and password set), on 127.0.0.1:
 * none may crash the process, fill its disk or memory, or learn anything from the answer. After
 * each attack, a question signed as the Bot Connector signs it is still answered.
 */

const APP_ID = '00000000-0000-0000-0000-0000000000a1';
const PASSWORD = 'not-a-real-secret-but-the-apps-password';
const dir = mkdtempSync(path.join(tmpdir(), 'perfbot-attacks-'));
const connector = new FakeConnector();
const keys = new KeyEndpoint();
const logLines: Record<string, unknown>[] = [];
let server: RunningServer;

interface Answer {
  readonly status: number;
  readonly text: string;
  readonly headers: http.IncomingHttpHeaders;
}

/** One raw request; a connection the server closes before answering counts as status 0. */
function request(body: Buffer | string, headers: Record<string, string | number>, route = '/api/messages'): Promise<Answer> {
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port: server.port, path: route, method: 'POST', headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
      res.on('error', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
    });
    req.on('error', () => resolve({ status: 0, text: '', headers: {} }));
    req.end(body);
  });
}

function searchActivity(question: string): Record<string, unknown> {
  return messageActivity(connector.url, '', {
    type: 'invoke',
    name: 'composeExtension/query',
    text: undefined,
    value: { commandId: 'ask', parameters: [{ name: 'question', value: question }] },
  });
}

/** A search-box question signed as the Bot Connector signs it: answered in the HTTP response. */
async function validQuestion(): Promise<{ status: number; results: number }> {
  const token = keys.valid({ appId: APP_ID, serviceUrl: connector.url });
  const res = await request(JSON.stringify(searchActivity('robbery South last month')), { 'content-type': 'application/json', authorization: `Bearer ${token}` });
  const body = res.status === 200 ? (JSON.parse(res.text) as { composeExtension?: { attachments?: unknown[] } }) : {};
  return { status: res.status, results: body.composeExtension?.attachments?.length ?? 0 };
}

beforeAll(async () => {
  const db = path.join(dir, 'attacks.db');
  await buildSampleStore(db, loadCatalogue());
  await connector.start();
  await keys.start();
  const config = { ...readConfig({ LOG_LEVEL: 'info', NODE_ENV: 'production', PERFBOT_PUSH_CRON: 'off', PERFBOT_DB: db, PERFBOT_STATE_DB: path.join(dir, 'state.db'), MicrosoftAppId: APP_ID, MicrosoftAppPassword: PASSWORD }), PORT: 0 };
  server = await startServer(config, () => undefined, {
    today: () => '2020-02-10',
    audit: new MemoryAuditLog(),
    host: '127.0.0.1',
    endpoints: { ToBotFromChannelOpenIdMetadataUrl: keys.metadataUrl },
    logStream: { write: (line: string) => void logLines.push(JSON.parse(line) as Record<string, unknown>) },
  });
}, 60000);

afterAll(async () => {
  await server.close();
  await connector.stop();
  await keys.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('a question signed as the Bot Connector signs it is answered (the attacks below are refused, not everything)', async () => {
  const first = await validQuestion();
  if (first.status !== 200) console.log(JSON.stringify(logLines.slice(-2)));
  expect(first).toEqual({ status: 200, results: expect.any(Number) as number });
  expect((await validQuestion()).results).toBeGreaterThan(0);
});

describe('bodies: JSON only, bounded after inflating, never on disk', () => {
  test.each([
    ['"hello" claiming to be gzip', () => Buffer.from('hello')],
    ['a gzip body cut short', () => gzipSync(Buffer.from(JSON.stringify(searchActivity('robbery last month')))).subarray(0, 30)],
  ])('%s is a 400, and the process goes on answering', async (_what, body) => {
    const res = await request(body(), { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    expect(res.status).toBe(400);
    expect(res.text).not.toMatch(/Z_DATA_ERROR|zlib|at .*\.js/);
    expect((await validQuestion()).status).toBe(200);
  });

  test('an encoding other than identity, gzip or deflate is a 415', async () => {
    const res = await request(Buffer.from('{}'), { 'content-type': 'application/json', 'content-encoding': 'br' });
    expect(res.status).toBe(415);
  });

  test('a valid gzip body within the limit is read (and then needs a token like any other)', async () => {
    const res = await request(gzipSync(Buffer.from(JSON.stringify(searchActivity('robbery last month')))), { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    expect(res.status).toBe(401);
  });

  test('a 5 MB multipart upload is refused and nothing is written to the temporary folder', async () => {
    const uploads = mkdtempSync(path.join(tmpdir(), 'perfbot-uploads-'));
    const before = process.env.TMPDIR;
    process.env.TMPDIR = uploads;
    try {
      const boundary = '----perfbot-attack';
      const body = Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`),
        Buffer.alloc(5 * 1024 * 1024, 7),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      const res = await request(body, { 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': body.length });
      // Refused (415), or the connection closed on the unread upload: either way, not stored.
      expect([0, 415]).toContain(res.status);
      expect(readdirSync(uploads)).toEqual([]);
    } finally {
      if (before === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = before;
      rmSync(uploads, { recursive: true, force: true });
    }
    expect((await validQuestion()).status).toBe(200);
  });

  test('a body over the limit is a 413, whether it says its length or not', async () => {
    const big = JSON.stringify(searchActivity('x'.repeat(MAX_BODY_BYTES + 10)));
    expect((await request(big, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(big) })).status).toBe(413);
    expect([0, 413]).toContain((await request(big, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' })).status);
    expect((await validQuestion()).status).toBe(200);
  });

  test('gzip bombs (100 KB that inflate to 100 MB) are refused by their inflated size, and memory stays flat', async () => {
    const activity = JSON.stringify(searchActivity('robbery'));
    const bomb = gzipSync(Buffer.concat([Buffer.from(activity.slice(0, -1)), Buffer.from(',"padding":"'), Buffer.alloc(100 * 1024 * 1024, 'a'), Buffer.from('"}')]), { level: 9 });
    expect(bomb.length).toBeLessThan(MAX_BODY_BYTES);
    global.gc?.();
    const before = process.memoryUsage();
    for (let i = 0; i < 20; i++) {
      const res = await request(bomb, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      expect(res.status).toBe(413);
    }
    const after = process.memoryUsage();
    // 20 bombs fully inflated would be 2 GB; refused by their inflated size they cost a few MB each, released.
    expect(after.rss - before.rss).toBeLessThan(200 * 1024 * 1024);
    expect(after.heapUsed - before.heapUsed).toBeLessThan(100 * 1024 * 1024);
    expect((await validQuestion()).status).toBe(200);
  }, 60000);
});

describe('forged tokens: 401, a plain body, one log line, no stack', () => {
  const claims = () => ({ appId: APP_ID, serviceUrl: connector.url });
  test.each([
    ['alg "none"', () => unsignedToken(claims())],
    ['HS256 signed with the app password', () => hmacToken(claims(), PASSWORD)],
    ['RS256 with a key id the endpoint does not serve', () => keys.valid(claims()).replace(/^[^.]+/, Buffer.from(JSON.stringify({ alg: 'RS256', kid: 'unknown' })).toString('base64url'))],
    ['no token at all', () => ''],
  ])('%s', async (_what, token) => {
    const seen = logLines.length;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const t = token();
    if (t) headers.authorization = `Bearer ${t}`;
    const res = await request(JSON.stringify(searchActivity('robbery last month')), headers);
    expect(res.status).toBe(401);
    expect(JSON.parse(res.text)).toEqual({ error: 'not authenticated' });
    const lines = logLines.slice(seen);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 40, status: 401, msg: 'request refused: not authenticated' });
    expect(JSON.stringify(lines[0])).not.toMatch(/"stack"|\n\s+at /);
    expect(connector.received).toHaveLength(0);
  });
});
