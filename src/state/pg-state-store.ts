import type { ConversationReference } from 'botbuilder';
import type { Pool } from 'pg';
import { openPool, type PgTarget } from '../store/pg/pg-connection';
import { migratePg } from '../store/pg/pg-migrations';
import { StateConflictError, type Delivery, type DeliveryStatus, type StateRepository, type StoredState, type Subscription } from './state-types';

/** The push lock's first key; the second is the month (202001 for 2020-01). */
const PUSH_LOCK = 7_201_802;

interface DeliveryRow { conversation_id: string; month: string; status: DeliveryStatus; attempts: number; last_error: string | null }

const toDelivery = (r: DeliveryRow): Delivery => ({ conversationId: r.conversation_id, month: r.month, status: r.status, attempts: r.attempts, lastError: r.last_error });
const parseReference = (text: string) => JSON.parse(text) as Partial<ConversationReference>;

/**
 * The bot's state in PostgreSQL, shared by every instance: conversations, subscriptions,
 * deliveries, conversation state with versions, the audit log, and the push lock (an advisory
 * lock held on its own connection, released by the server if the instance dies).
 */
export class PgStateStore implements StateRepository {
  private constructor(private readonly pool: Pool, private readonly target: PgTarget, private readonly now: () => string) {}

  static async open(target: PgTarget, now: () => string = () => new Date().toISOString(), onError?: (err: Error) => void): Promise<PgStateStore> {
    const pool = openPool(target, 10, onError);
    try {
      await migratePg(pool, target.schema);
    } catch (err) {
      await pool.end();
      throw err;
    }
    return new PgStateStore(pool, target, now);
  }

  close(): Promise<void> {
    return this.pool.end();
  }

  async rememberConversation(reference: Partial<ConversationReference>): Promise<void> {
    const id = reference.conversation?.id;
    if (!id) return;
    await this.pool.query('INSERT INTO conversations (conversation_id, reference, updated_at) VALUES ($1, $2, $3) ON CONFLICT (conversation_id) DO UPDATE SET reference = excluded.reference, updated_at = excluded.updated_at', [id, JSON.stringify(reference), this.now()]);
  }

  async subscribe(reference: Partial<ConversationReference>, area: string): Promise<void> {
    const id = reference.conversation?.id;
    if (!id) throw new Error('a subscription needs a conversation');
    await this.rememberConversation(reference);
    await this.pool.query('INSERT INTO subscriptions (conversation_id, area, reference, active, updated_at) VALUES ($1, $2, $3, true, $4) ON CONFLICT (conversation_id) DO UPDATE SET area = excluded.area, reference = excluded.reference, active = true, updated_at = excluded.updated_at', [id, area, JSON.stringify(reference), this.now()]);
  }

  async unsubscribe(conversationId: string): Promise<boolean> {
    return ((await this.pool.query('UPDATE subscriptions SET active = false, updated_at = $1 WHERE conversation_id = $2 AND active', [this.now(), conversationId])).rowCount ?? 0) > 0;
  }

  async subscription(conversationId: string): Promise<Subscription | undefined> {
    const r = await this.pool.query<{ conversation_id: string; area: string; reference: string; active: boolean }>('SELECT conversation_id, area, reference, active FROM subscriptions WHERE conversation_id = $1', [conversationId]);
    const row = r.rows[0];
    return row ? { conversationId: row.conversation_id, area: row.area, reference: parseReference(row.reference), active: row.active } : undefined;
  }

  async activeSubscriptions(): Promise<Subscription[]> {
    const r = await this.pool.query<{ conversation_id: string; area: string; reference: string }>('SELECT conversation_id, area, reference FROM subscriptions WHERE active ORDER BY conversation_id COLLATE "C"');
    return r.rows.map((row) => ({ conversationId: row.conversation_id, area: row.area, reference: parseReference(row.reference), active: true }));
  }

  async delivery(conversationId: string, month: string): Promise<Delivery | undefined> {
    const r = await this.pool.query<DeliveryRow>('SELECT conversation_id, month, status, attempts, last_error FROM deliveries WHERE conversation_id = $1 AND month = $2', [conversationId, month]);
    return r.rows[0] ? toDelivery(r.rows[0]) : undefined;
  }

  async deliveries(month: string): Promise<Delivery[]> {
    const r = await this.pool.query<DeliveryRow>('SELECT conversation_id, month, status, attempts, last_error FROM deliveries WHERE month = $1 ORDER BY conversation_id COLLATE "C"', [month]);
    return r.rows.map(toDelivery);
  }

  async recordDelivery(conversationId: string, month: string, status: DeliveryStatus, attempts: number, lastError: string | null): Promise<void> {
    await this.pool.query('INSERT INTO deliveries (conversation_id, month, status, attempts, last_error, updated_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (conversation_id, month) DO UPDATE SET status = excluded.status, attempts = excluded.attempts, last_error = excluded.last_error, updated_at = excluded.updated_at', [conversationId, month, status, attempts, lastError, this.now()]);
  }

  async markGone(conversationId: string): Promise<void> {
    await this.pool.query('UPDATE subscriptions SET active = false, updated_at = $1 WHERE conversation_id = $2', [this.now(), conversationId]);
  }

  async withPushLock<T>(month: string, work: () => Promise<T>): Promise<T> {
    const key = Number(month.replace('-', ''));
    const client = await this.pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1, $2)', [PUSH_LOCK, key]);
      try {
        return await work();
      } finally {
        await client.query('SELECT pg_advisory_unlock($1, $2)', [PUSH_LOCK, key]).catch(() => undefined);
      }
    } finally {
      client.release();
    }
  }

  async readState(keys: readonly string[]): Promise<Map<string, StoredState>> {
    if (keys.length === 0) return new Map();
    const r = await this.pool.query<{ key: string; value: string; etag: string }>('SELECT key, value, etag FROM bot_state WHERE key = ANY($1::text[])', [keys]);
    return new Map(r.rows.map((row) => [row.key, { value: row.value, etag: Number(row.etag) }]));
  }

  async writeState(key: string, value: string, expected?: number): Promise<number> {
    const r = expected === undefined
      ? await this.pool.query<{ etag: string }>('INSERT INTO bot_state (key, value, etag, updated_at) VALUES ($1, $2, 1, $3) ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = bot_state.etag + 1, updated_at = excluded.updated_at RETURNING etag', [key, value, this.now()])
      : await this.pool.query<{ etag: string }>('UPDATE bot_state SET value = $1, etag = etag + 1, updated_at = $2 WHERE key = $3 AND etag = $4 RETURNING etag', [value, this.now(), key, expected]);
    const row = r.rows[0];
    if (!row) throw new StateConflictError(`the state of ${key} changed meanwhile`);
    return Number(row.etag);
  }

  async deleteState(keys: readonly string[]): Promise<void> {
    if (keys.length > 0) await this.pool.query('DELETE FROM bot_state WHERE key = ANY($1::text[])', [keys]);
  }

  async appendAudit(at: string, entry: string): Promise<void> {
    await this.pool.query('INSERT INTO audit_log (at, entry) VALUES ($1, $2)', [at, entry]);
  }

  /** Which instance this is, as PostgreSQL shows it. */
  get applicationName(): string {
    return this.target.applicationName ?? 'perfbot';
  }
}
