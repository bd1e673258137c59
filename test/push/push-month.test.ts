import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { BotSender } from '../../src/push/bot-sender';
import { pushMonth, SendError, type DigestMessage, type PushSender } from '../../src/push/push-month';
import type { StateRepository } from '../../src/state/state-types';
import { describeEachBackend, type Backend, type Place } from '../helpers/backends';
import { FakeConnector } from '../e2e/fake-connector';

const connector = new FakeConnector();
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const sender = new BotSender(adapter, '');
const message: DigestMessage = { card: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'January 2020 performance headlines' }] }, text: 'January 2020 performance headlines' };
const noWait = { sleep: () => Promise.resolve(), baseDelayMs: 1 };
const places: Place[] = [];

async function subscribeAll(store: StateRepository, subscribers: number): Promise<void> {
  for (let i = 0; i < subscribers; i++) {
    await store.subscribe({ serviceUrl: connector.url, channelId: 'msteams', conversation: { id: `conv-${String(i).padStart(4, '0')}`, isGroup: false, conversationType: 'personal', name: '' }, bot: { id: 'bot-1', name: 'perfbot' } }, 'force');
  }
}

beforeAll(() => connector.start());
afterAll(async () => {
  await connector.stop();
  for (const place of places) await place.cleanup();
});
beforeEach(() => {
  connector.received.length = 0;
  connector.script.length = 0;
});

function conversationsReached(): string[] {
  return connector.received.map((r) => /\/v3\/conversations\/([^/]+)\/activities/.exec(r.path)?.[1] ?? '?');
}

describeEachBackend('pushing a month of headlines to the subscribed conversations', (backend: Backend) => {
  async function freshStore(subscribers: number): Promise<StateRepository> {
    const place = await backend.fresh();
    places.push(place);
    const store = await place.openState();
    await subscribeAll(store, subscribers);
    return store;
  }

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
    // A clock of the test's own: sleeping moves it on, and each send is stamped with it, so the
    // pace is checked exactly, whatever else the machine is doing.
    let clock = 0;
    const sentAt: number[] = [];
    const stamped: PushSender = {
      prepare: (reference) => sender.prepare(reference),
      send: async (reference, m) => {
        sentAt.push(clock);
        await sender.send(reference, m);
      },
    };
    const report = await pushMonth(store, () => message, stamped, { month: '2020-01', perSecond, now: () => clock, sleep: async (ms) => void (clock += ms) });
    expect(report).toMatchObject({ sent: 1000, failed: 0 });
    expect(new Set(conversationsReached()).size).toBe(1000);
    // No one-second window holds more sends than the pace allows.
    let worst = 0;
    for (let i = 0, j = 0; i < sentAt.length; i++) {
      while ((sentAt[i] ?? 0) - (sentAt[j] ?? 0) >= 1000) j++;
      worst = Math.max(worst, i - j + 1);
    }
    expect(worst).toBeLessThanOrEqual(perSecond);
    expect(sentAt[sentAt.length - 1]).toBeGreaterThanOrEqual(((1000 - 1) / perSecond) * 1000 - 1e-6);
    await store.close();
  }, 60000);

  test('a pusher cut off mid-send: that conversation is not sent again (never twice), the rest are', async () => {
    const store = await freshStore(4);
    // What a pusher that died between sending and hearing back leaves behind.
    await store.recordDelivery('conv-0001', '2020-01', 'sending', 1, null);
    const report = await pushMonth(store, () => message, sender, { month: '2020-01', ...noWait });
    expect(report).toMatchObject({ sent: 3, inDoubt: 1, failed: 0 });
    expect(conversationsReached().sort()).toEqual(['conv-0000', 'conv-0002', 'conv-0003']);
    expect((await store.delivery('conv-0001', '2020-01'))?.status).toBe('in_doubt');
    const again = await pushMonth(store, () => message, sender, { month: '2020-01', ...noWait });
    expect(again).toMatchObject({ sent: 0, alreadySent: 3, inDoubt: 1 });
    await store.close();
  });

  test('two pushers of the same month at once: one pushes, the other finds it done; each subscriber gets one card', async () => {
    const place = await backend.fresh();
    places.push(place);
    const a = await place.openState();
    await subscribeAll(a, 20);
    // Two connections to the same database (on PostgreSQL as two instances would have).
    const b = backend.name === 'postgres' ? await place.openState() : a;
    const [ra, rb] = await Promise.all([
      pushMonth(a, () => message, sender, { month: '2020-01', ...noWait, perSecond: 400 }),
      pushMonth(b, () => message, sender, { month: '2020-01', ...noWait, perSecond: 400 }),
    ]);
    expect(ra.sent + rb.sent).toBe(20);
    expect([ra.sent, rb.sent].sort((x, y) => x - y)).toEqual([0, 20]);
    const reached = conversationsReached();
    expect(reached).toHaveLength(20);
    expect(new Set(reached).size).toBe(20);
    if (b !== a) await b.close();
    await a.close();
  });
});
