import { randomBytes } from 'node:crypto';
import type { Activity } from 'botbuilder';

/**
 * The local chat's conversations, in memory: each has a secret token, the user's id and every
 * activity in order (the user's own and the bot's), as Direct Line keeps them. A watermark is the
 * count of activities a client has seen. Bounded: the oldest conversation goes when the limit is
 * reached, and a conversation keeps its latest MAX_ACTIVITIES activities.
 */

export const MAX_CONVERSATIONS = 200;
export const MAX_ACTIVITIES = 1000;

export interface LocalConversation {
  readonly id: string;
  readonly token: string;
  readonly userId: string;
  /** Whether the client has opened it (the bot is told once). */
  started: boolean;
  /** Activities before this count were dropped (the oldest of a long conversation). */
  dropped: number;
  readonly activities: Partial<Activity>[];
}

const secret = (bytes: number): string => randomBytes(bytes).toString('base64url');

export class Transcripts {
  private readonly conversations = new Map<string, LocalConversation>();

  /** A new conversation and the token that opens it (tokens/generate, or conversations without one). */
  create(): LocalConversation {
    if (this.conversations.size >= MAX_CONVERSATIONS) {
      const oldest = this.conversations.keys().next().value;
      if (oldest !== undefined) this.conversations.delete(oldest);
    }
    const conversation: LocalConversation = {
      id: `local-${secret(12)}`,
      token: secret(24),
      userId: `local-user-${secret(6)}`,
      started: false,
      dropped: 0,
      activities: [],
    };
    this.conversations.set(conversation.id, conversation);
    return conversation;
  }

  get(id: string): LocalConversation | undefined {
    return this.conversations.get(id);
  }

  /** The conversation a bearer token opens. */
  byToken(token: string): LocalConversation | undefined {
    for (const c of this.conversations.values()) if (c.token === token) return c;
    return undefined;
  }

  /** Adds an activity with the next id ("<conversation>|0000007") and a timestamp; returns the id. */
  append(conversation: LocalConversation, activity: Partial<Activity>): string {
    const seq = conversation.dropped + conversation.activities.length;
    const id = `${conversation.id}|${String(seq).padStart(7, '0')}`;
    conversation.activities.push({ ...activity, id, timestamp: activity.timestamp ?? new Date() });
    if (conversation.activities.length > MAX_ACTIVITIES) {
      conversation.activities.shift();
      conversation.dropped += 1;
    }
    return id;
  }

  /** The activities after a watermark, and the new watermark. */
  since(conversation: LocalConversation, watermark: number): { activities: Partial<Activity>[]; watermark: string } {
    const from = Math.max(0, watermark - conversation.dropped);
    return { activities: conversation.activities.slice(from), watermark: String(conversation.dropped + conversation.activities.length) };
  }
}
