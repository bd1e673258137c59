import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedActivity {
  readonly path: string;
  readonly authorization?: string;
  readonly body: Record<string, unknown>;
  readonly at: number;
}

/**
 * A small fake Bot Connector on 127.0.0.1: it takes the bot's replies (POST
 * /v3/conversations/{id}/activities[/{replyTo}]) and lets a test wait for them.
 */
export class FakeConnector {
  readonly received: ReceivedActivity[] = [];
  private server?: http.Server;
  private waiters: { count: number; resolve: () => void }[] = [];
  /** Status codes to answer with, in order, before 200s (for fault tests). */
  readonly script: { status: number; headers?: Record<string, string> }[] = [];
  /** Awaited after an activity is recorded and before it is answered (a test can hold the answer). */
  gate?: (received: ReceivedActivity, count: number) => Promise<void>;

  get url(): string {
    const address = this.server?.address() as AddressInfo | undefined;
    if (!address) throw new Error('fake connector not started');
    return `http://127.0.0.1:${address.port}`;
  }

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      let data = '';
      req.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
      req.on('end', () => {
        const next = this.script.shift();
        if (next) {
          res.writeHead(next.status, next.headers ?? {});
          res.end();
          return;
        }
        let body: Record<string, unknown> = {};
        try {
          body = JSON.parse(data || '{}') as Record<string, unknown>;
        } catch {
          body = { unparsed: data };
        }
        const entry: ReceivedActivity = { path: req.url ?? '', ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}), body, at: performance.now() };
        this.received.push(entry);
        const count = this.received.length;
        const answer = () => {
          if (res.destroyed) return;
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ id: `reply-${count}` }));
        };
        if (this.gate) void this.gate(entry, count).then(answer, answer);
        else answer();
        this.waiters = this.waiters.filter((w) => {
          if (this.received.length >= w.count) {
            w.resolve();
            return false;
          }
          return true;
        });
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', () => resolve()));
  }

  /** Resolves once `count` activities in all have arrived (or rejects after `ms`). */
  waitFor(count: number, ms = 5000): Promise<void> {
    if (this.received.length >= count) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`waited ${ms} ms for ${count} replies, got ${this.received.length}`)), ms);
      this.waiters.push({ count, resolve: () => { clearTimeout(timer); resolve(); } });
    });
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
