import { connect, type Socket } from 'node:net';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import sqlite3 from 'sqlite3';
import { readConfig } from '../../src/config';
import type { AuditEntry, AuditLog } from '../../src/bot/audit-log';
import { loadCatalogue } from '../../src/io/load-catalogue';
import { startServer } from '../../src/server';
import { buildSampleStore } from '../../src/store/build-sample';
import { tempDir } from '../store/temp-files';

/**
 * A turn whose client has gone still runs to its end: the shutdown waits for it before closing the
 * state store and the audit log, so the turn's state is saved and its audit line written, and no
 * turn fails against a closed database.
 */

const tmp = tempDir('perfbot-inflight-');
afterAll(() => tmp.cleanup());

/** An audit log that holds each record until let go, and notes the order of what happens. */
class GatedAudit implements AuditLog {
  readonly events: string[] = [];
  readonly entries: AuditEntry[] = [];
  private release!: () => void;
  private readonly gate = new Promise<void>((resolve) => (this.release = resolve));
  reached!: () => void;
  readonly waiting = new Promise<void>((resolve) => (this.reached = resolve));

  async record(entry: AuditEntry): Promise<void> {
    this.events.push('record started');
    this.reached();
    await this.gate;
    this.entries.push(entry);
    this.events.push('record written');
  }

  async close(): Promise<void> {
    this.events.push('audit closed');
  }

  letGo(): void {
    this.release();
  }
}

function stateRows(file: string): Promise<{ key: string; value: string }[]> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (err) => {
      if (err) return reject(err);
      db.all<{ key: string; value: string }>("SELECT key, value FROM bot_state WHERE key LIKE '%conv-gone%'", (e, rows) => db.close(() => (e ? reject(e) : resolve(rows))));
    });
  });
}

test('close waits for a turn whose client went away, then closes the stores it writes to', async () => {
  const db = path.join(tmp.dir, 'figures.db');
  const stateDb = path.join(tmp.dir, 'state.db');
  await buildSampleStore(db, loadCatalogue());
  const lines: string[] = [];
  const logStream = new Writable({ write: (chunk: Buffer, _enc, done) => void (lines.push(chunk.toString('utf8')), done()) });
  const config = { ...readConfig({ LOG_LEVEL: 'info', PERFBOT_PUSH_CRON: 'off', PERFBOT_RELOAD_SECONDS: '0', PERFBOT_DB: db, PERFBOT_STATE_DB: stateDb }), PORT: 0 };
  const audit = new GatedAudit();
  const server = await startServer(config, () => undefined, { today: () => '2020-02-10', audit, host: '127.0.0.1', logStream });
  let closed: Promise<unknown> | undefined;
  try {

    // A client that gives up with a reset (as a load balancer or a killed process does): the
    // server's side of the connection is gone at once, while the turn still runs.
    const body = JSON.stringify({
      type: 'message', id: 'm-1', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/none', deliveryMode: 'expectReplies',
      from: { id: 'u-1', aadObjectId: 'aad-1' }, recipient: { id: 'bot-1' }, conversation: { id: 'conv-gone', conversationType: 'personal', tenantId: 't-1' },
      text: 'robbery in Peterborough last month', locale: 'en-GB',
    });
    const client = await new Promise<Socket>((resolve, reject) => {
      const socket = connect(server.port, '127.0.0.1', () => resolve(socket));
      socket.once('error', reject);
    });
    client.write(`POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    // The turn has answered and is writing its audit line when the client goes.
    await audit.waiting;
    const gone = new Promise((resolve) => client.once('close', resolve));
    client.resetAndDestroy();
    await gone;

    closed = server.close().then(() => audit.events.push('server closed'));
    // The server stops listening at once; the turn is let go only then.
    await expect(fetch(`http://127.0.0.1:${server.port}/healthz`)).rejects.toThrow();
    audit.letGo();
    await closed;

    expect(audit.events).toEqual(['record started', 'record written', 'audit closed', 'server closed']);
    expect(audit.entries.map((e) => e.question)).toEqual(['robbery in Peterborough last month']);
    // The turn saved the conversation's context (the robbery question) before the state store closed.
    const rows = await stateRows(stateDb);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.value).toContain('robbery');
    expect(lines.join('')).not.toMatch(/could not process an activity|SQLITE_MISUSE|Database is closed/);
  } finally {
    audit.letGo();
    await (closed ?? server.close());
  }
});
