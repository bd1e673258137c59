import type { Storage, StoreItems } from 'botbuilder';
import type { ConversationStateStore } from '../state/state-types';

/**
 * Conversation state (follow-ups, pending clarifications) in the state store, so that any
 * instance can answer the next message of a conversation. Optimistic concurrency as botbuilder's
 * MemoryStorage does it: an item read with an eTag is only written over that version.
 */
export class SharedStateStorage implements Storage {
  constructor(private readonly state: ConversationStateStore) {}

  async read(keys: string[]): Promise<StoreItems> {
    const found = await this.state.readState(keys);
    const items: StoreItems = {};
    for (const [key, stored] of found) items[key] = { ...(JSON.parse(stored.value) as Record<string, unknown>), eTag: String(stored.etag) };
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) {
      const { eTag, ...value } = (item ?? {}) as Record<string, unknown> & { eTag?: unknown };
      const expected = typeof eTag === 'string' && eTag !== '*' && /^\d+$/.test(eTag) ? Number(eTag) : undefined;
      await this.state.writeState(key, JSON.stringify(value), expected);
    }
  }

  async delete(keys: string[]): Promise<void> {
    await this.state.deleteState(keys);
  }
}
