import { ConversationState, MemoryStorage, TestAdapter, TurnContext, type StoreItems } from 'botbuilder';
import { JsonConversationState } from '../../src/bot/json-conversation-state';

/** MemoryStorage that counts its writes. */
class CountingStorage extends MemoryStorage {
  writes = 0;
  override write(changes: StoreItems): Promise<void> {
    this.writes++;
    return super.write(changes);
  }
}

function context(): TurnContext {
  return new TurnContext(new TestAdapter(), { type: 'message', channelId: 'test', conversation: { id: 'c1', isGroup: false, conversationType: 'personal', name: '' }, from: { id: 'u1', name: 'U' }, recipient: { id: 'b', name: 'B' }, text: 'hi' });
}

/** Runs the same turns through a state class; what was written, and how often. */
async function turns(make: (s: MemoryStorage) => ConversationState): Promise<{ writes: number; seen: unknown[] }> {
  const storage = new CountingStorage();
  const state = make(storage);
  const prop = state.createProperty<Record<string, unknown>>('perfbot.conversation');
  const seen: unknown[] = [];
  const steps: ((c: TurnContext) => Promise<void>)[] = [
    async (c) => void (await prop.set(c, { last: { metric: 'burglary', areas: ['south'] } })),
    async (c) => void seen.push(await prop.get(c, {})),
    async (c) => void (await prop.set(c, { ...(await prop.get(c, {})) })),
    async (c) => void (await prop.set(c, { last: { metric: 'burglary', areas: ['north'] } })),
    async (c) => void (await state.clear(c)),
    async (c) => void seen.push(await prop.get(c, { fresh: true })),
  ];
  for (const step of steps) {
    const c = context();
    await state.load(c);
    await step(c);
    await state.saveChanges(c);
    await state.saveChanges(c);
  }
  return { writes: storage.writes, seen };
}

describe('conversation state told changed by its JSON', () => {
  test('saves exactly when botbuilder\'s own ConversationState saves, and reads back the same', async () => {
    const ours = await turns((s) => new JsonConversationState(s));
    const theirs = await turns((s) => new ConversationState(s));
    expect(ours).toEqual(theirs);
    // Set, unchanged read, the same value set again, a new value, cleared: four writes by hand.
    expect(ours.writes).toBe(4);
    expect(ours.seen[0]).toEqual({ last: { metric: 'burglary', areas: ['south'] } });
  });
});
