import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { readConfig } from '../../src/config';
import { MemoryAuditLog } from '../../src/bot/audit-log';
import { loadCatalogue } from '../../src/io/load-catalogue';
import { startServer, type RunningServer } from '../../src/server';
import { buildSampleStore } from '../../src/store/build-sample';

/**
 * The local chat's Direct Line 3.0 over plain HTTP on 127.0.0.1, as Web Chat's client uses it:
 * a token, a conversation, activities posted and fetched with a watermark. And with an app id set,
 * none of it exists. Expected figures: F10 (South 10.5%) in ../shared/spec/seed-facts.md.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'perfbot-dl-'));
let db: string;

interface Activity { id: string; type: string; text?: string; from: { role?: string }; attachments?: { contentType: string; content: unknown }[] }

async function call(port: number, method: string, route: string, token?: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown>; text: string; headers: Headers }> {
  const res = await fetch(`http://127.0.0.1:${port}${route}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : method === 'POST' ? { body: '' } : {}),
  });
  const text = await res.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    json = {};
  }
  return { status: res.status, json, text, headers: res.headers };
}

beforeAll(async () => {
  db = path.join(dir, 'dl.db');
  await buildSampleStore(db, loadCatalogue());
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('local mode: the page and a Direct Line 3.0 endpoint', () => {
  let server: RunningServer;
  const lines: string[] = [];

  beforeAll(async () => {
    const config = { ...readConfig({ LOG_LEVEL: 'silent' }), PERFBOT_DB: db, PERFBOT_STATE_DB: path.join(dir, 'state.db'), PERFBOT_PUSH_CRON: 'off', PORT: 0 };
    server = await startServer(config, (l) => lines.push(l), { today: () => '2020-02-10', audit: new MemoryAuditLog(), host: '127.0.0.1' });
  });
  afterAll(() => server.close());

  test('the start log names the page', () => {
    expect(lines).toContain(`local chat: open http://localhost:${server.port} in a browser to talk to the bot (Web Chat over a local Direct Line; no sign-in, for this machine only)`);
  });

  test('GET / is the page, allowed to load only from this server; the Web Chat bundle is the installed package\'s', async () => {
    const page = await call(server.port, 'GET', '/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page.headers.get('content-security-policy')).toContain("connect-src 'self'");
    const scripts = [...page.text.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toEqual(['/webchat/webchat.js', '/webchat/chat.js']);
    expect(page.text).not.toMatch(/https?:\/\//);
    const bundle = await call(server.port, 'GET', '/webchat/webchat.js');
    expect(bundle.status).toBe(200);
    const installed = path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');
    expect(Buffer.byteLength(bundle.text)).toBe(statSync(installed).size);
  });

  test('a token opens a conversation; the bot welcomes, answers, and a watermark returns only what is new', async () => {
    const generated = await call(server.port, 'POST', '/v3/directline/tokens/generate');
    expect(generated.status).toBe(200);
    const token = String(generated.json.token);
    const id = String(generated.json.conversationId);
    expect(token.length).toBeGreaterThanOrEqual(24);

    expect((await call(server.port, 'POST', '/v3/directline/conversations', 'not-a-token')).status).toBe(403);
    const started = await call(server.port, 'POST', '/v3/directline/conversations', token);
    expect(started.status).toBe(201);
    expect(started.json.conversationId).toBe(id);

    const first = await call(server.port, 'GET', `/v3/directline/conversations/${id}/activities`, token);
    const welcome = first.json.activities as Activity[];
    expect(welcome).toHaveLength(1);
    expect(welcome[0]?.from.role).toBe('bot');
    expect(JSON.stringify(welcome[0]?.attachments)).toContain('Hello, I am perfbot');
    expect(first.json.watermark).toBe('1');

    const posted = await call(server.port, 'POST', `/v3/directline/conversations/${id}/activities`, token, { type: 'message', text: 'dwelling burglary outcome rate South last month', from: { id: 'me' } });
    expect(posted.status).toBe(200);
    expect(String(posted.json.id)).toBe(`${id}|0000001`);

    const after = await call(server.port, 'GET', `/v3/directline/conversations/${id}/activities?watermark=1`, token);
    const fresh = after.json.activities as Activity[];
    expect(fresh.map((a) => a.from.role)).toEqual(['user', 'bot']);
    expect(fresh[0]?.text).toBe('dwelling burglary outcome rate South last month');
    expect(fresh[1]?.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(fresh[1]?.attachments?.[0]?.content)).toContain('10.5%');
    expect(after.json.watermark).toBe('3');

    const none = await call(server.port, 'GET', `/v3/directline/conversations/${id}/activities?watermark=3`, token);
    expect(none.json).toEqual({ activities: [], watermark: '3' });
  });

  test('a button press (a value, no text) is answered like the question it carries', async () => {
    const { json } = await call(server.port, 'POST', '/v3/directline/tokens/generate');
    const token = String(json.token);
    const id = String(json.conversationId);
    await call(server.port, 'POST', '/v3/directline/conversations', token);
    await call(server.port, 'POST', `/v3/directline/conversations/${id}/activities`, token, { type: 'message', value: { perfbot: 'ask', text: 'dwelling burglary outcome rate South last month' } });
    const all = (await call(server.port, 'GET', `/v3/directline/conversations/${id}/activities`, token)).json.activities as Activity[];
    expect(JSON.stringify(all.at(-1)?.attachments)).toContain('10.5%');
  });

  test('one conversation\'s token does not open another; the loopback connector knows only its conversations', async () => {
    const a = (await call(server.port, 'POST', '/v3/directline/tokens/generate')).json;
    const b = (await call(server.port, 'POST', '/v3/directline/tokens/generate')).json;
    expect((await call(server.port, 'GET', `/v3/directline/conversations/${String(a.conversationId)}/activities`, String(b.token))).status).toBe(403);
    expect((await call(server.port, 'GET', '/v3/directline/conversations/nobody/activities', String(a.token))).status).toBe(404);
    expect((await call(server.port, 'POST', '/v3/conversations/nobody/activities', undefined, { type: 'message', text: 'x' })).status).toBe(404);
  });
});

describe('with an app id (Teams): no page, no Direct Line', () => {
  let server: RunningServer;
  const lines: string[] = [];

  beforeAll(async () => {
    const env = { LOG_LEVEL: 'silent', MicrosoftAppId: '0e5b8a7d-3b7e-4d2a-9c61-4f1a9c522f13', MicrosoftAppPassword: 'not-used-here' };
    const config = { ...readConfig(env), PERFBOT_DB: db, PERFBOT_STATE_DB: path.join(dir, 'state-teams.db'), PERFBOT_PUSH_CRON: 'off', PORT: 0 };
    server = await startServer(config, (l) => lines.push(l), { today: () => '2020-02-10', audit: new MemoryAuditLog(), host: '127.0.0.1' });
  });
  afterAll(() => server.close());

  test.each(['GET /', 'GET /webchat/webchat.js', 'POST /v3/directline/tokens/generate', 'POST /v3/directline/conversations', 'POST /v3/conversations/x/activities'])('%s is 404', async (route) => {
    const [method = 'GET', where = '/'] = route.split(' ');
    expect((await call(server.port, method, where, undefined, method === 'POST' ? {} : undefined)).status).toBe(404);
  });

  test('the start log says the local chat is off', () => {
    expect(lines).toContain('local chat: off (MicrosoftAppId is set): GET / and /v3/directline/* are not served');
  });
});
