import sqlite3 from 'sqlite3';
import { randomUUID } from 'node:crypto';
import { allSql, execSql, finalizeStatement, getSql, runSql, type SqlParam } from '../store/sqlite-calls';
import type { ConversationReference } from 'botbuilder';
import { StatementBatches } from './statement-batches';
import { StateConflictError, type Delivery, type DeliveryStatus, type StateRepository, type StoredState, type Subscription } from './state-types';
import { processAlive } from '../store/process-alive';


export type { Delivery, DeliveryStatus, StoredState, Subscription } from './state-types';

const MIGRATIONS: readonly string[] = [
  `CREATE TABLE conversations (conversation_id TEXT PRIMARY KEY, reference TEXT NOT NULL, updated_at TEXT NOT NULL);
   CREATE TABLE subscriptions (conversation_id TEXT PRIMARY KEY, area TEXT NOT NULL, reference TEXT NOT NULL, active INTEGER NOT NULL, updated_at TEXT NOT NULL);
   CREATE TABLE deliveries (conversation_id TEXT NOT NULL, month TEXT NOT NULL, status TEXT NOT NULL, attempts INTEGER NOT NULL, last_error TEXT, updated_at TEXT NOT NULL, PRIMARY KEY (conversation_id, month));
   CREATE INDEX subscriptions_active ON subscriptions (active);`,
  `CREATE TABLE bot_state (key TEXT PRIMARY KEY, value TEXT NOT NULL, etag INTEGER NOT NULL, updated_at TEXT NOT NULL);
   CREATE TABLE audit_log (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, entry TEXT NOT NULL);`,
  `CREATE TABLE push_locks (month TEXT PRIMARY KEY, holder TEXT NOT NULL, pid INTEGER NOT NULL, expires_at INTEGER NOT NULL);`,
];

/** Conversation state reads, or writes, put in one statement at most (each count is one prepared statement). */
const STATE_BATCH = 16;

/** A push lock not renewed for this long is taken over (its holder hung or its machine stopped). */
const LOCK_TTL_MS = 60_000;
/** How often a waiting pusher looks again, and a holder renews (every third of the TTL). */
const LOCK_POLL_MS = 250;

/**
 * The state database (separate from the metrics store): conversation references, subscriptions to
 * the monthly headlines, and every delivery, so a re-run never sends a month twice.
 */
export class StateStore implements StateRepository {
  private pushing: Promise<unknown> = Promise.resolve();
  /** This store's name in the push lock table (several processes, or stores, may share the file). */
  private readonly holder = `${process.pid}-${randomUUID()}`;
  private readonly statements = new Map<string, sqlite3.Statement>();
  private readonly reads = new StatementBatches((keys: readonly string[]) => this.readRows(keys), (key) => key, STATE_BATCH);
  private readonly writes = new StatementBatches((rows: readonly { readonly key: string; readonly value: string }[]) => this.upsertRows(rows), (row) => row.key, STATE_BATCH);

  private constructor(private readonly db: sqlite3.Database, private readonly now: () => string) {}

  static async open(file: string, now: () => string = () => new Date().toISOString()): Promise<StateStore> {
    const db = await new Promise<sqlite3.Database>((resolve, reject) => {
      const handle = new sqlite3.Database(file, (err) => (err ? reject(new Error(`cannot open the state database ${file}: ${err.message}`)) : resolve(handle)));
    });
    db.configure('busyTimeout', 5000);
    const store = new StateStore(db, now);
    if (file !== ':memory:' && file !== '') {
      // Each turn saves the conversation state: write-ahead logging keeps that to one fast append.
      await store.exec('PRAGMA journal_mode = WAL');
      await store.exec('PRAGMA synchronous = NORMAL');
    }
    const version = (await store.get<{ user_version: number }>('PRAGMA user_version'))?.user_version ?? 0;
    for (let v = version; v < MIGRATIONS.length; v++) {
      await store.exec(`BEGIN; ${MIGRATIONS[v] ?? ''} PRAGMA user_version = ${v + 1}; COMMIT;`);
    }
    return store;
  }

  async close(): Promise<void> {
    const statements = [...this.statements.values()];
    this.statements.clear();
    await Promise.all(statements.map((s) => finalizeStatement(s)));
    return new Promise((resolve, reject) => this.db.close((err) => (err ? reject(err) : resolve())));
  }

  async rememberConversation(reference: Partial<ConversationReference>): Promise<void> {
    const id = reference.conversation?.id;
    if (!id) return;
    await this.run('INSERT INTO conversations (conversation_id, reference, updated_at) VALUES (?, ?, ?) ON CONFLICT (conversation_id) DO UPDATE SET reference = excluded.reference, updated_at = excluded.updated_at', [id, JSON.stringify(reference), this.now()]);
  }

  async subscribe(reference: Partial<ConversationReference>, area: string): Promise<void> {
    const id = reference.conversation?.id;
    if (!id) throw new Error('a subscription needs a conversation');
    await this.rememberConversation(reference);
    await this.run('INSERT INTO subscriptions (conversation_id, area, reference, active, updated_at) VALUES (?, ?, ?, 1, ?) ON CONFLICT (conversation_id) DO UPDATE SET area = excluded.area, reference = excluded.reference, active = 1, updated_at = excluded.updated_at', [id, area, JSON.stringify(reference), this.now()]);
  }

  /** Stops the headlines for a conversation; true when it had a subscription. */
  async unsubscribe(conversationId: string): Promise<boolean> {
    return (await this.run('UPDATE subscriptions SET active = 0, updated_at = ? WHERE conversation_id = ? AND active = 1', [this.now(), conversationId])).changes > 0;
  }

  async subscription(conversationId: string): Promise<Subscription | undefined> {
    const row = await this.get<{ conversation_id: string; area: string; reference: string; active: number }>('SELECT * FROM subscriptions WHERE conversation_id = ?', [conversationId]);
    return row ? { conversationId: row.conversation_id, area: row.area, reference: JSON.parse(row.reference) as Partial<ConversationReference>, active: row.active === 1 } : undefined;
  }

  async activeSubscriptions(): Promise<Subscription[]> {
    const rows = await this.all<{ conversation_id: string; area: string; reference: string }>('SELECT conversation_id, area, reference FROM subscriptions WHERE active = 1 ORDER BY conversation_id');
    return rows.map((r) => ({ conversationId: r.conversation_id, area: r.area, reference: JSON.parse(r.reference) as Partial<ConversationReference>, active: true }));
  }

  async delivery(conversationId: string, month: string): Promise<Delivery | undefined> {
    const r = await this.get<{ conversation_id: string; month: string; status: DeliveryStatus; attempts: number; last_error: string | null }>('SELECT * FROM deliveries WHERE conversation_id = ? AND month = ?', [conversationId, month]);
    return r ? { conversationId: r.conversation_id, month: r.month, status: r.status, attempts: r.attempts, lastError: r.last_error } : undefined;
  }

  async deliveries(month: string): Promise<Delivery[]> {
    const rows = await this.all<{ conversation_id: string; month: string; status: DeliveryStatus; attempts: number; last_error: string | null }>('SELECT * FROM deliveries WHERE month = ? ORDER BY conversation_id', [month]);
    return rows.map((r) => ({ conversationId: r.conversation_id, month: r.month, status: r.status, attempts: r.attempts, lastError: r.last_error }));
  }

  async recordDelivery(conversationId: string, month: string, status: DeliveryStatus, attempts: number, lastError: string | null): Promise<void> {
    await this.run('INSERT INTO deliveries (conversation_id, month, status, attempts, last_error, updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (conversation_id, month) DO UPDATE SET status = excluded.status, attempts = excluded.attempts, last_error = excluded.last_error, updated_at = excluded.updated_at', [conversationId, month, status, attempts, lastError, this.now()]);
  }

  async markGone(conversationId: string): Promise<void> {
    await this.run('UPDATE subscriptions SET active = 0, updated_at = ? WHERE conversation_id = ?', [this.now(), conversationId]);
  }

  /**
   * One pusher per month across every process using this file: pushes in this process take turns,
   * and between processes a row of push_locks is the lock, taken by one atomic upsert (SQLite's
   * write lock makes two takers one after the other). A holder renews it while it pushes; a row whose
   * process has died, or that was not renewed for a minute, is taken over.
   */
  withPushLock<T>(month: string, work: () => Promise<T>): Promise<T> {
    const locked = async (): Promise<T> => {
      await this.takePushLock(month);
      const renew = setInterval(() => void this.run('UPDATE push_locks SET expires_at = ? WHERE month = ? AND holder = ?', [Date.now() + LOCK_TTL_MS, month, this.holder]).catch(() => undefined), LOCK_TTL_MS / 3);
      try {
        return await work();
      } finally {
        clearInterval(renew);
        await this.run('DELETE FROM push_locks WHERE month = ? AND holder = ?', [month, this.holder]);
      }
    };
    const result = this.pushing.then(locked, locked);
    this.pushing = result.catch(() => undefined);
    return result;
  }

  private async takePushLock(month: string): Promise<void> {
    for (;;) {
      const now = Date.now();
      const taken = await this.run(
        'INSERT INTO push_locks (month, holder, pid, expires_at) VALUES (?, ?, ?, ?) ON CONFLICT (month) DO UPDATE SET holder = excluded.holder, pid = excluded.pid, expires_at = excluded.expires_at WHERE push_locks.expires_at < ? OR push_locks.holder = excluded.holder',
        [month, this.holder, process.pid, now + LOCK_TTL_MS, now],
      );
      if (taken.changes > 0) return;
      const held = await this.get<{ holder: string; pid: number }>('SELECT holder, pid FROM push_locks WHERE month = ?', [month]);
      if (held && !processAlive(held.pid)) {
        await this.run('DELETE FROM push_locks WHERE month = ? AND holder = ?', [month, held.holder]);
        continue;
      }
      await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
    }
  }

  async readState(keys: readonly string[]): Promise<Map<string, StoredState>> {
    const out = new Map<string, StoredState>();
    for (const key of keys) {
      const row = await this.reads.add(key);
      if (row) out.set(key, row);
    }
    return out;
  }

  async writeState(key: string, value: string, expected?: number): Promise<number> {
    const row = expected === undefined
      ? await this.writes.add({ key, value })
      : await this.once<{ etag: number }>('UPDATE bot_state SET value = ?, etag = etag + 1, updated_at = ? WHERE key = ? AND etag = ? RETURNING etag', [value, this.now(), key, expected]);
    if (!row) throw new StateConflictError(`the state of ${key} changed meanwhile`);
    return row.etag;
  }

  /** Conversation states read in one statement (the reads asked for while one runs). */
  private async readRows(keys: readonly string[]): Promise<(StoredState | undefined)[]> {
    const rows = await this.allOnce<{ key: string; value: string; etag: number }>(`SELECT key, value, etag FROM bot_state WHERE key IN (${keys.map(() => '?').join(', ')})`, keys);
    const found = new Map(rows.map((r) => [r.key, { value: r.value, etag: r.etag }]));
    return keys.map((k) => found.get(k));
  }

  /** Writes over any version in one statement (one transaction), a key at most once: each its new version. */
  private async upsertRows(rows: readonly { readonly key: string; readonly value: string }[]): Promise<({ etag: number } | undefined)[]> {
    const now = this.now();
    const written = await this.allOnce<{ key: string; etag: number }>(
      `INSERT INTO bot_state (key, value, etag, updated_at) VALUES ${rows.map(() => '(?, ?, 1, ?)').join(', ')} ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = bot_state.etag + 1, updated_at = excluded.updated_at RETURNING key, etag`,
      rows.flatMap((r) => [r.key, r.value, now]),
    );
    const etags = new Map(written.map((r) => [r.key, r.etag]));
    return rows.map((r) => {
      const etag = etags.get(r.key);
      return etag === undefined ? undefined : { etag };
    });
  }

  async deleteState(keys: readonly string[]): Promise<void> {
    for (const key of keys) await this.run('DELETE FROM bot_state WHERE key = ?', [key]);
  }

  async appendAudit(at: string, entry: string): Promise<void> {
    await this.run('INSERT INTO audit_log (at, entry) VALUES (?, ?)', [at, entry]);
  }

  private exec(sql: string): Promise<void> {
    return execSql(this.db, sql);
  }

  private run(sql: string, params: readonly SqlParam[]): Promise<{ changes: number }> {
    return runSql(this.db, sql, params);
  }

  private all<T>(sql: string, params: readonly SqlParam[] = []): Promise<T[]> {
    return allSql<T>(this.db, sql, params);
  }

  private get<T>(sql: string, params: readonly SqlParam[] = []): Promise<T | undefined> {
    return getSql<T>(this.db, sql, params);
  }

  /**
   * The first row of a statement run to its end, prepared once and kept (every turn reads and
   * writes the conversation's state: preparing the SQL each time was most of that cost).
   */
  private async once<T>(sql: string, params: readonly SqlParam[]): Promise<T | undefined> {
    return (await this.allOnce<T>(sql, params))[0];
  }

  /** Every row of a statement prepared once and kept (see `once`). */
  private allOnce<T>(sql: string, params: readonly SqlParam[]): Promise<T[]> {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      // A failed prepare is reported to each call's callback below, not as an event.
      statement.on('error', () => undefined);
      this.statements.set(sql, statement);
    }
    const s = statement;
    return new Promise((resolve, reject) => s.all<T>(params, (err, rows) => (err ? reject(err) : resolve(rows))));
  }
}
