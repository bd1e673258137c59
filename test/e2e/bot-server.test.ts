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
import { writeFileSync } from 'node:fs';
import { fixtureRows, streetCsv } from '../../src/police-uk/police-uk-fixture';
import { run } from '../cli/run-main';

const dir = mkdtempSync(path.join(tmpdir(), 'perfbot-e2e-'));
const connector = new FakeConnector();
const audit = new MemoryAuditLog();
let server: RunningServer;

function lastReply(): Record<string, unknown> {
  const r = connector.received[connector.received.length - 1];
  if (!r) throw new Error('no reply');
  return r.body;
}

function cardOf(body: Record<string, unknown>): Record<string, unknown> {
  const attachments = body.attachments as { contentType: string; content: Record<string, unknown> }[] | undefined;
  const card = attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
  if (!card) throw new Error('no adaptive card');
  return card.content;
}

beforeAll(async () => {
  const db = path.join(dir, 'e2e.db');
  await buildSampleStore(db, loadCatalogue());
  await connector.start();
  const config = { ...readConfig({ LOG_LEVEL: 'silent' }), PERFBOT_DB: db, PERFBOT_STATE_DB: path.join(dir, 'state.db'), PORT: 0 };
  server = await startServer(config, () => undefined, { today: () => '2020-02-10', audit, host: '127.0.0.1' });
});

afterAll(async () => {
  await server.close();
  await connector.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('the real server on 127.0.0.1 with a fake Bot Connector (local mode)', () => {
  test('a question gets its answer as a card at the connector, and the audit log records the reading', async () => {
    const before = connector.received.length;
    const res = await post(server.port, messageActivity(connector.url, '<at>perfbot</at> dwelling burglary outcome rate South last month', {
      entities: [{ type: 'mention', mentioned: { id: 'bot-1', name: 'perfbot' }, text: '<at>perfbot</at>' }],
    }));
    expect(res.status).toBeLessThan(300);
    await connector.waitFor(before + 1);
    const reply = lastReply();
    expect(connector.received[before]?.path).toMatch(/^\/v3\/conversations\/conv-1\/activities/);
    expect(String(reply.summary)).toContain('10.5%');
    expect(JSON.stringify(cardOf(reply))).toContain('10.5%');
    expect(audit.entries.at(-1)).toMatchObject({ user: 'aad-user-1', status: 'answer', readings: [{ metric: 'ppo_rate_dwelling_burglary', area: 'south', from: '2019-02', to: '2020-01' }] });
  });

  test('a follow-up in the same conversation keeps the question', async () => {
    const before = connector.received.length;
    await post(server.port, messageActivity(connector.url, 'and North?'));
    await connector.waitFor(before + 1);
    expect(String(lastReply().summary)).toMatch(/North, 12 months to January 2020: 8\.0%/);
  });

  test('a card button (Action.Submit value) answers the reading it carries', async () => {
    const before = connector.received.length;
    await post(server.port, messageActivity(connector.url, '', { value: { perfbot: 'choose', metric: 'response_immediate_median_mins', area: 'force' } }));
    await connector.waitFor(before + 1);
    expect(String(lastReply().summary)).toMatch(/^Median time to attend immediate incidents, Cambridgeshire, January 2020: \d+\.\d minutes/);
  });

  test('a conversationUpdate that adds the bot gets the welcome card', async () => {
    const before = connector.received.length;
    await post(server.port, messageActivity(connector.url, '', { type: 'conversationUpdate', text: undefined, membersAdded: [{ id: 'bot-1' }], conversation: { id: 'conv-2', conversationType: 'personal' } }));
    await connector.waitFor(before + 1);
    expect(connector.received[before]?.path).toMatch(/conv-2/);
    expect(cardOf(lastReply())).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
  });

  test('in a group chat the bot answers only when @mentioned', async () => {
    const before = connector.received.length;
    const group = { conversation: { id: 'conv-group', conversationType: 'groupChat', tenantId: 'tenant-1' } };
    // The server answers the POST only once the turn is over, so a reply to the first message
    // would reach the connector before the second is sent; the second one's reply is the proof.
    await post(server.port, messageActivity(connector.url, 'robbery last month', group));
    await post(server.port, messageActivity(connector.url, '<at>perfbot</at> charges last month', { ...group, entities: [{ type: 'mention', mentioned: { id: 'bot-1' }, text: '<at>perfbot</at>' }] }));
    await connector.waitFor(before + 1);
    expect(connector.received.slice(before).map((r) => String(r.body.summary))).toEqual([expect.stringMatching(/^Charges and summonses, Cambridgeshire, January 2020/)]);
  });

  test('a message over 2,000 characters gets a polite refusal', async () => {
    const before = connector.received.length;
    await post(server.port, messageActivity(connector.url, `burglary ${'a'.repeat(2100)}`));
    await connector.waitFor(before + 1);
    expect(String(lastReply().text)).toMatch(/too long/);
  });

  test('GET /healthz reports the store and its latest month', async () => {
    const res = await fetch(`http://127.0.0.1:${server.port}/healthz`);
    expect(await res.json()).toEqual({ status: 'ok', store: { rows: 19262, latestMonth: '2020-01' } });
  });

  test.each([
    ['invalid JSON', '{"type": "message", ', { 'content-type': 'application/json' }],
    ['a wrong content type', 'type=message', { 'content-type': 'text/plain' }],
    ['no activity type', '{"text":"hello"}', { 'content-type': 'application/json' }],
    ['a JSON array', '[{"type":"message"}]', { 'content-type': 'application/json' }],
    ['no conversation', JSON.stringify({ type: 'message', text: 'hi', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9', from: { id: 'u' } }), { 'content-type': 'application/json' }],
    ['no serviceUrl', JSON.stringify({ type: 'message', text: 'hi', channelId: 'msteams', conversation: { id: 'c' }, from: { id: 'u' } }), { 'content-type': 'application/json' }],
    ['no sender', JSON.stringify({ type: 'message', text: 'hi', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9', conversation: { id: 'c' } }), { 'content-type': 'application/json' }],
    ['a number for the type', JSON.stringify({ type: 7, channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9', conversation: { id: 'c' }, from: { id: 'u' } }), { 'content-type': 'application/json' }],
  ])('%s gets a 4xx and the server goes on serving', async (_what, body, headers) => {
    const res = await post(server.port, body, headers);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    const health = await fetch(`http://127.0.0.1:${server.port}/healthz`);
    expect(health.status).toBe(200);
  });

  test('a 1 MB body gets 413, and the next question is answered', async () => {
    const res = await post(server.port, JSON.stringify({ type: 'message', text: 'x'.repeat(1024 * 1024) }));
    expect(res.status).toBe(413);
    const before = connector.received.length;
    expect((await post(server.port, messageActivity(connector.url, 'charges in January'))).status).toBeLessThan(300);
    await connector.waitFor(before + 1);
    expect(String(lastReply().summary)).toMatch(/^Charges and summonses, Cambridgeshire, January 2020/);
  });
});

describe('subscriptions in chat', () => {
  test('"subscribe South", "subscriptions", "unsubscribe" answer in plain words', async () => {
    const conv = { conversation: { id: 'conv-sub', conversationType: 'personal', tenantId: 'tenant-1' } };
    const say = async (text: string) => {
      const before = connector.received.length;
      await post(server.port, messageActivity(connector.url, text, conv));
      await connector.waitFor(before + 1);
      return String(lastReply().text);
    };
    expect(await say('subscribe South')).toMatch(/^Subscribed: .* headlines for South/);
    expect(await say('subscriptions')).toMatch(/headlines for South/);
    expect(await say('unsubscribe')).toMatch(/^Unsubscribed/);
    expect(await say('subscriptions')).toMatch(/no subscription/);
  });
});

describe('figures imported while the bot runs', () => {
  test('are taken up without a restart: a police.uk question answered right after the import', async () => {
    const conv = { conversation: { id: 'conv-reload', conversationType: 'personal', tenantId: 'tenant-1' } };
    const say = async (text: string) => {
      const before = connector.received.length;
      await post(server.port, messageActivity(connector.url, text, conv));
      await connector.waitFor(before + 1);
      return String(lastReply().summary ?? lastReply().text);
    };
    const question = 'police.uk burglary in Fenland August 2019';
    expect(await say(question)).toMatch(/no data\.police\.uk files for it have been imported/);
    expect(await server.reloadFigures()).toBe(false);
    const rows = fixtureRows('street', '2019-08', 1500, 9);
    const file = path.join(dir, '2019-08-cambridgeshire-street.csv');
    writeFileSync(file, streetCsv(rows));
    const rowsBefore = server.brain.index.size;
    expect((await run(['import', 'police-uk', '--db', path.join(dir, 'e2e.db'), file])).code).toBe(0);
    expect(await server.reloadFigures()).toBe(true);
    expect(server.brain.index.size).toBeGreaterThan(rowsBefore);
    const fenland = rows.filter((r) => r.what === 'Burglary' && r.lsoa.startsWith('Fenland ')).length;
    expect(await say(question)).toMatch(new RegExp(`^Burglary \\(police\\.uk\\), Fenland, August 2019: ${fenland}\\b`));
    const health = (await (await fetch(`http://127.0.0.1:${server.port}/healthz`)).json()) as { store: { rows: number } };
    expect(health.store.rows).toBe(server.brain.index.size);
    expect(await server.reloadFigures()).toBe(false);
  });
});
