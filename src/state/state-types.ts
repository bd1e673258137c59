import type { ConversationReference } from 'botbuilder';

/**
 * The bot's state, behind one interface with two implementations: SQLite (one instance, the
 * default) and PostgreSQL (shared by every instance behind a load balancer).
 */

export interface Subscription {
  readonly conversationId: string;
  /** The area the headlines are for; force when unset. */
  readonly area: string;
  readonly reference: Partial<ConversationReference>;
  readonly active: boolean;
}

/**
 * sending: claimed and being sent (if the pusher dies now, nobody knows whether it arrived);
 * retrying: the last attempt failed and the channel said so; in_doubt: a send was cut off, so it is
 * not sent again (never twice); sent, failed, gone (the bot was removed from the conversation).
 */
export type DeliveryStatus = 'sending' | 'retrying' | 'in_doubt' | 'sent' | 'failed' | 'gone';

export interface Delivery {
  readonly conversationId: string;
  readonly month: string;
  readonly status: DeliveryStatus;
  readonly attempts: number;
  readonly lastError: string | null;
}

/** One conversation's saved state (follow-ups, pending clarifications) and its version. */
export interface StoredState {
  readonly value: string;
  readonly etag: number;
}

/** Another instance saved the same conversation's state first. */
export class StateConflictError extends Error {}

/** Who gets the monthly headlines. */
export interface SubscriptionStore {
  rememberConversation(reference: Partial<ConversationReference>): Promise<void>;
  subscribe(reference: Partial<ConversationReference>, area: string): Promise<void>;
  /** Stops the headlines for a conversation; true when it had a subscription. */
  unsubscribe(conversationId: string): Promise<boolean>;
  subscription(conversationId: string): Promise<Subscription | undefined>;
  activeSubscriptions(): Promise<Subscription[]>;
  markGone(conversationId: string): Promise<void>;
}

/** Every delivery of a month's headlines, so that nothing is sent twice. */
export interface DeliveryLog {
  delivery(conversationId: string, month: string): Promise<Delivery | undefined>;
  deliveries(month: string): Promise<Delivery[]>;
  recordDelivery(conversationId: string, month: string, status: DeliveryStatus, attempts: number, lastError: string | null): Promise<void>;
}

/** One pusher per month across every instance. */
export interface PushLock {
  /**
   * Runs `work` while no other pusher of this store pushes `month`: waits while another instance
   * holds the month, and takes over if that instance dies.
   */
  withPushLock<T>(month: string, work: () => Promise<T>): Promise<T>;
}

/** Each conversation's state (follow-ups, pending clarifications), versioned. */
export interface ConversationStateStore {
  readState(keys: readonly string[]): Promise<Map<string, StoredState>>;
  /** Saves a state; with `expected`, only over that version (else StateConflictError). Returns the new version. */
  writeState(key: string, value: string, expected?: number): Promise<number>;
  deleteState(keys: readonly string[]): Promise<void>;
}

/** Who asked what (JSON entries). */
export interface AuditStore {
  appendAudit(at: string, entry: string): Promise<void>;
}

/** The whole state database: every part above, in one SQLite file or one PostgreSQL schema. */
export interface StateRepository extends SubscriptionStore, DeliveryLog, PushLock, ConversationStateStore, AuditStore {
  close(): Promise<void>;
}
