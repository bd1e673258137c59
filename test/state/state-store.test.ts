import { SharedStateStorage } from '../../src/bot/shared-state-storage';
import { StateConflictError, type StateRepository } from '../../src/state/state-types';
import { describeEachBackend, type Place } from '../helpers/backends';

const reference = (id: string) => ({ serviceUrl: 'http://127.0.0.1:1', channelId: 'msteams', conversation: { id, isGroup: false, conversationType: 'personal', name: '' }, bot: { id: 'bot-1', name: 'perfbot' } });

describeEachBackend('the state store', (backend) => {
  let place: Place;
  let store: StateRepository;
  beforeEach(async () => {
    place = await backend.fresh();
    store = await place.openState(() => '2020-02-10T07:00:00.000Z');
  });
  afterEach(async () => {
    await store.close();
    await place.cleanup();
  });

  test('subscribes, lists, unsubscribes and marks gone', async () => {
    await store.subscribe(reference('b'), 'south');
    await store.subscribe(reference('a'), 'force');
    expect((await store.activeSubscriptions()).map((s) => [s.conversationId, s.area])).toEqual([['a', 'force'], ['b', 'south']]);
    expect(await store.subscription('b')).toMatchObject({ area: 'south', active: true, reference: { conversation: { id: 'b' } } });
    await store.subscribe(reference('b'), 'north');
    expect((await store.subscription('b'))?.area).toBe('north');
    expect(await store.unsubscribe('b')).toBe(true);
    expect(await store.unsubscribe('b')).toBe(false);
    await store.markGone('a');
    expect(await store.activeSubscriptions()).toEqual([]);
    expect(await store.subscription('nobody')).toBeUndefined();
  });

  test('records deliveries per conversation and month', async () => {
    await store.recordDelivery('a', '2020-01', 'sending', 1, null);
    await store.recordDelivery('a', '2020-01', 'sent', 1, null);
    await store.recordDelivery('b', '2020-01', 'failed', 5, '400: bad request');
    await store.recordDelivery('a', '2019-12', 'sent', 2, null);
    expect(await store.delivery('a', '2020-01')).toEqual({ conversationId: 'a', month: '2020-01', status: 'sent', attempts: 1, lastError: null });
    expect((await store.deliveries('2020-01')).map((d) => [d.conversationId, d.status, d.lastError])).toEqual([['a', 'sent', null], ['b', 'failed', '400: bad request']]);
    expect(await store.delivery('c', '2020-01')).toBeUndefined();
  });

  test('saves conversation state with versions: a write over a stale version is refused', async () => {
    expect(await store.readState(['k'])).toEqual(new Map());
    const v1 = await store.writeState('k', '{"a":1}');
    const v2 = await store.writeState('k', '{"a":2}', v1);
    expect(v2).toBeGreaterThan(v1);
    await expect(store.writeState('k', '{"a":3}', v1)).rejects.toThrow(StateConflictError);
    expect(await store.readState(['k', 'other'])).toEqual(new Map([['k', { value: '{"a":2}', etag: v2 }]]));
    await store.deleteState(['k']);
    expect(await store.readState(['k'])).toEqual(new Map());
    await store.appendAudit('2020-02-10T07:00:00.000Z', '{"question":"charges"}');
  });

  test('many reads at once each get their own conversation\'s state, or none', async () => {
    const keys = Array.from({ length: 40 }, (_, i) => `conv-${i}`);
    const etags = new Map<string, number>();
    for (const key of keys.filter((_, i) => i % 3 !== 0)) etags.set(key, await store.writeState(key, JSON.stringify({ key })));
    const reads = await Promise.all([...keys, ...keys].map((key) => store.readState([key, 'absent'])));
    reads.forEach((read, i) => {
      const key = keys[i % keys.length] ?? '';
      const etag = etags.get(key);
      expect(read).toEqual(etag === undefined ? new Map() : new Map([[key, { value: JSON.stringify({ key }), etag }]]));
    });
  });

  test('many writes at once: each its own version, the last version holding its value', async () => {
    const writes = Array.from({ length: 30 }, (_, i) => ({ key: `conv-${i % 10}`, value: JSON.stringify({ n: i }) }));
    const etags = await Promise.all(writes.map((w) => store.writeState(w.key, w.value)));
    for (let k = 0; k < 10; k++) {
      // conv-k was written by writes k, k + 10 and k + 20: versions 1, 2 and 3 among them.
      const mine = [k, k + 10, k + 20];
      expect(mine.map((i) => etags[i]).sort()).toEqual([1, 2, 3]);
      const last = mine.find((i) => etags[i] === 3) ?? -1;
      expect(await store.readState([`conv-${k}`])).toEqual(new Map([[`conv-${k}`, { value: JSON.stringify({ n: last }), etag: 3 }]]));
    }
  });

  test('one conversation\'s state, saved by one instance, is read by another', async () => {
    const other = await place.openState();
    try {
      const a = new SharedStateStorage(store);
      const b = new SharedStateStorage(other);
      await a.write({ 'msteams/conversations/c1': { last: { metric: 'charges' } } });
      const read = await b.read(['msteams/conversations/c1']);
      expect(read['msteams/conversations/c1']).toMatchObject({ last: { metric: 'charges' }, eTag: expect.any(String) });
      await b.write({ 'msteams/conversations/c1': { ...read['msteams/conversations/c1'], last: { metric: 'tics' } } });
      // A writes over the version it never saw: refused, as botbuilder's own storages do.
      await expect(a.write({ 'msteams/conversations/c1': { last: { metric: 'x' }, eTag: read['msteams/conversations/c1']?.eTag } })).rejects.toThrow(StateConflictError);
      expect((await a.read(['msteams/conversations/c1']))['msteams/conversations/c1']).toMatchObject({ last: { metric: 'tics' } });
    } finally {
      await other.close();
    }
  });
});
