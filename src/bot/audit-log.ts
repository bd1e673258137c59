import type { AuditStore } from '../state/state-types';
import { createWriteStream, type WriteStream } from 'node:fs';

/** One line of the audit log: who asked what, when, and which reading was answered. */
export interface AuditEntry {
  readonly time: string;
  readonly user: string;
  readonly userName?: string;
  readonly tenant?: string;
  readonly conversation: string;
  readonly conversationType?: string;
  readonly question: string;
  /** Where the question was asked: the chat, a card's button, or the search box. */
  readonly source?: 'chat' | 'button' | 'search';
  readonly status: string;
  readonly readings: readonly { readonly metric: string; readonly area: string; readonly from?: string; readonly to?: string }[];
}

export interface AuditLog {
  record(entry: AuditEntry): Promise<void>;
  /** Opens the log at start: a log that cannot be written is an error then, not a loss later. */
  open?(): Promise<void>;
  /** Closes and opens the file again (SIGHUP, after logrotate has moved it). */
  reopen?(): Promise<void>;
  /** Flushes what is pending (at shutdown). */
  close?(): Promise<void>;
}

/** The audit log cannot be written. */
export class AuditLogError extends Error {}

/**
 * JSON lines appended to a file through one open stream (not an open and close per line): lines
 * never interleave, and `record` resolves once its line is handed to the file. The lines recorded
 * in one turn of the event loop go to the file in one write (one call to the thread pool, not one a
 * line), after the I/O of that turn; `close` writes any still waiting first.
 */
export class FileAuditLog implements AuditLog {
  private stream: WriteStream | undefined;
  private waiting: string[] = [];
  private done: (() => void)[] = [];
  private flushing: NodeJS.Immediate | undefined;

  constructor(private readonly file: string, private readonly onError: (err: unknown) => void) {}

  private streamNow(): WriteStream {
    if (!this.stream) {
      const stream = createWriteStream(this.file, { flags: 'a', encoding: 'utf8' });
      stream.on('error', (err) => {
        this.onError(err);
        if (this.stream === stream) this.stream = undefined;
      });
      this.stream = stream;
    }
    return this.stream;
  }

  /** Opens the file for appending (creating it), or says why it cannot be written. */
  open(): Promise<void> {
    const stream = this.streamNow();
    if (stream.pending === false) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const onError = (err: Error) => {
        stream.off('open', onOpen);
        reject(new AuditLogError(`cannot write the audit log ${this.file}: ${err.message}`));
      };
      const onOpen = () => {
        stream.off('error', onError);
        resolve();
      };
      stream.once('error', onError);
      stream.once('open', onOpen);
    });
  }

  /**
   * Closes the file and opens it again by name: after logrotate has moved it away (SIGHUP), new
   * lines go to a new file; lines already handed to the old one are flushed to it first.
   */
  async reopen(): Promise<void> {
    await this.close();
    await this.open();
  }

  record(entry: AuditEntry): Promise<void> {
    this.waiting.push(`${JSON.stringify(entry)}\n`);
    this.flushing ??= setImmediate(() => this.flush());
    return new Promise((resolve) => this.done.push(resolve));
  }

  /** Hands the lines waiting to the file in one write; each `record` resolves when it is done. */
  private flush(): void {
    if (this.flushing) clearImmediate(this.flushing);
    this.flushing = undefined;
    if (this.waiting.length === 0) return;
    const lines = this.waiting.join('');
    const done = this.done;
    this.waiting = [];
    this.done = [];
    this.streamNow().write(lines, (err) => {
      if (err) this.onError(err);
      for (const resolve of done) resolve();
    });
  }

  /** Flushes and closes the file (at shutdown). */
  close(): Promise<void> {
    this.flush();
    const stream = this.stream;
    this.stream = undefined;
    return stream ? new Promise((resolve) => stream.end(() => resolve())) : Promise.resolve();
  }
}

/** Keeps entries in memory (tests, and when no file is configured). */
export class MemoryAuditLog implements AuditLog {
  readonly entries: AuditEntry[] = [];

  record(entry: AuditEntry): Promise<void> {
    this.entries.push(entry);
    return Promise.resolve();
  }
}

/** Entries in the shared state store (PostgreSQL), so several instances keep one audit trail. */
export class StoreAuditLog implements AuditLog {
  constructor(private readonly store: AuditStore, private readonly onError: (err: unknown) => void) {}

  record(entry: AuditEntry): Promise<void> {
    return this.store.appendAudit(entry.time, JSON.stringify(entry)).catch(this.onError);
  }
}
