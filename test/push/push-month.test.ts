import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { BotSender } from '../../src/push/bot-sender';
import { pushMonth, SendError, type DigestMessage } from '../../src/push/push-month';
import { StateStore } from '../../src/state/state-store';
import { FakeConnector } from '../e2e/fake-connector';

const dir = mkdtempSync(path.join(tmpdir(), 'perfbot-push-'));
const connector = new FakeConnector();
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const sender = new BotSender(adapter, '');
const message: DigestMessage = { card: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'January 2020 performance headlines' }] }, text: 'January 2020 performance headlines' };
const noWait = { sleep: () => Promise.resolve(), baseDelayMs: 1 };
let n = 0;

async function freshStore(subscribers: number): Promise<StateStore> {
  const store = await StateStore.open(path.join(dir, `state-${++n}.db`));
  for (let i = 0; i < subscribers; i++) {
    await store.subscribe({ serviceUrl: connector.url, channelId: 'msteams', conversation: { id: `conv-${String(i).padStart(4, '0')}`, isGroup: false, conversationType: 'personal', name: '' }, bot: { id: 'bot-1', name: 'perfbot' } }, 'force');
  }
  return store;
}

beforeAll(() => connector.start());
afterAll(async () => {
  await connector.stop();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  connector.received.length = 0;
  connector.script.length = 0;
});

function conversationsReached(): string[] {
  return connector.received.map((r) => /\/v3\/conversations\/([^/]+)\/activities/.exec(r.path)?.[1] ?? '?');
}

describe('pushing a month of headlines to the subscribed conversations', () => {
  test('every subscriber gets exactly one digest card; a re-run sends nothing', async () => {
    const store = await freshStore(5);
    const report = await pushMonth(store, () => message, sender, { month: '2020-01', ...noWait });
    expect(report).toMatchObject({ subscriptions: 5, sent: 5, failed: 0 });
    expect(conversationsReached().sort()).toEqual(['conv-0000', 'conv-0001', 'conv-0002', 'conv-0003', 'conv-0004']);
    expect(connector.received[0]?.body.attachments).toEqual([expect.objectContaining({ contentType: 'application/vnd.microsoft.card.adaptive' })]);
    const again = await pushMonth(store, () => message, sender, { month: '2020-01', ...noWait });
    expect(again).toMatchObject({ sent: 0, alreadySent: 5 });
    expect(connector.received).toHaveLength(5);
    await store.close();
  });

  test('429s and 500s from the connector: every subscriber still gets exactly one card', async () => {
    const store = await freshStore(2);
    connector.script.push({ status: 429, headers: { 'retry-after': '0' } }, { status: 500 }, { status: 503 });
    const report = await pushMonth(store, () => message, sender, { month: '2020-01', ...noWait, maxAttempts: 8 });
    expect(report).toMatchObject({ sent: 2, failed: 0 });
    expect(conversationsReached().sort()).toEqual(['conv-0000', 'conv-0001']);
    await store.close();
  }, 30000);

  test('the pusher retries 429 after the Retry-After it was given, 5xx with growing backoff, and gives up on a 400', async () => {
    const store = await freshStore(3);
    const waits: number[] = [];
    const failures = new Map<string, SendError[]>([
      ['conv-0000', [new SendError('throttled', 429, 2000)]],
      ['conv-0001', [new SendError('down', 500), new SendError('down', 502)]],
      ['conv-0002', [new SendError('bad request', 400)]],
    ]);
    const flaky = {
      async send(reference: { conversation?: { id?: string } }) {
        const next = failures.get(reference.conversation?.id ?? '')?.shift();
        if (next) throw next;
      },
    };
    const report = await pushMonth(store, () => message, flaky, { month: '2020-01', sleep: async (ms) => void waits.push(ms), baseDelayMs: 100, now: () => 0, perSecond: 1e9 });
    expect(report).toMatchObject({ sent: 2, failed: 1, attempts: 6 });
    expect(waits.filter((ms) => ms >= 1)).toEqual([2000, 100, 200]);
    expect(await store.delivery('conv-0001', '2020-01')).toMatchObject({ status: 'sent', attempts: 3 });
    expect(await store.delivery('conv-0002', '2020-01')).toMatchObject({ status: 'failed', attempts: 1 });
    await store.close();
  });

  test('a 403 (the bot was removed) marks the subscription inactive and sends nothing more to it', async () => {
    const store = await freshStore(2);
    connector.script.push({ status: 403 });
    const report = await pushMonth(store, () => message, sender, { month: '2020-01', ...noWait });
    expect(report).toMatchObject({ sent: 1, gone: 1 });
    expect((await store.subscription('conv-0000'))?.active).toBe(false);
    expect((await store.delivery('conv-0000', '2020-01'))?.status).toBe('gone');
    expect(await store.activeSubscriptions()).toHaveLength(1);
    await store.close();
  });

  test('a push stopped half-way and run again: nothing twice, nothing lost', async () => {
    const store = await freshStore(10);
    const first = await pushMonth(store, () => message, sender, { month: '2020-01', ...noWait, stopAfter: 4 });
    expect(first.sent).toBe(4);
    const second = await pushMonth(store, () => message, sender, { month: '2020-01', ...noWait });
    expect(second).toMatchObject({ sent: 6, alreadySent: 4 });
    const reached = conversationsReached();
    expect(new Set(reached).size).toBe(10);
    expect(reached).toHaveLength(10);
    await store.close();
  });

  test('1,000 subscriptions are delivered within the pace set', async () => {
    const store = await freshStore(1000);
    const perSecond = 200;
    const report = await pushMonth(store, () => message, sender, { month: '2020-01', perSecond });
    expect(report).toMatchObject({ sent: 1000, failed: 0 });
    expect(new Set(conversationsReached()).size).toBe(1000);
    // No one-second window holds more than the pace allows.
    const times = connector.received.map((r) => r.at).sort((a, b) => a - b);
    let worst = 0;
    for (let i = 0, j = 0; i < times.length; i++) {
      while ((times[i] ?? 0) - (times[j] ?? 0) >= 1000) j++;
      worst = Math.max(worst, i - j + 1);
    }
    expect(worst).toBeLessThanOrEqual(perSecond + 1);
    expect(report.elapsedMs).toBeGreaterThanOrEqual(((1000 - 1) / perSecond) * 1000 - 50);
    await store.close();
  }, 60000);
});
