import { ConversationState, type TurnContext } from 'botbuilder';

interface Cached {
  state: Record<string, unknown>;
  hash: string;
}

/** The state's JSON without its eTag: what botbuilder hashes to see whether a turn changed it. */
function changeKey(state: Record<string, unknown>): string {
  const { eTag: _eTag, ...rest } = state;
  return JSON.stringify(rest);
}

/**
 * botbuilder's ConversationState, reading and saving as it does, but telling whether a turn changed
 * the state by comparing its plain JSON rather than a SHA-256 of it made through a replacer
 * (three times a turn). Perfbot's state is plain JSON (no cycles), so the two agree.
 */
export class JsonConversationState extends ConversationState {
  /** botbuilder keeps the turn's state under this key of the turn (a private field of BotState 4.x). */
  private get turnKey(): symbol {
    return (this as unknown as { stateKey: symbol }).stateKey;
  }

  override async load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
    const cached = context.turnState.get(this.turnKey) as Cached | undefined;
    if (!force && cached?.state) return cached.state;
    const key = await this.storageKey(context);
    const items = await this.storage.read([key]);
    const state = (items[key] ?? {}) as Record<string, unknown>;
    context.turnState.set(this.turnKey, { state, hash: changeKey(state) } satisfies Cached);
    return state;
  }

  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    let cached = context.turnState.get(this.turnKey) as Cached | undefined;
    const now = cached?.state ? changeKey(cached.state) : undefined;
    if (!force && !(cached && cached.hash !== now)) return;
    const key = await this.storageKey(context);
    cached ??= { state: {}, hash: '' };
    cached.state.eTag = '*';
    await this.storage.write({ [key]: cached.state });
    cached.hash = changeKey(cached.state);
    context.turnState.set(this.turnKey, cached);
  }
}
