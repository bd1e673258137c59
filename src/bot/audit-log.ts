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
  readonly status: string;
  readonly readings: readonly { readonly metric: string; readonly area: string; readonly from?: string; readonly to?: string }[];
}

export interface AuditLog {
  record(entry: AuditEntry): Promise<void>;
  /** Flushes what is pending (at shutdown). */
  close?(): Promise<void>;
}

/**
 * JSON lines appended to a file through one open stream (not an open and close per line): lines
 * never interleave, and `record` resolves once its line is handed to the file.
 */
export class FileAuditLog implements AuditLog {
  private stream: WriteStream | undefined;

  constructor(private readonly file: string, private readonly onError: (err: unknown) => void) {}

  record(entry: AuditEntry): Promise<void> {
    const line = `${JSON.stringify(entry)}\n`;
    if (!this.stream) {
      this.stream = createWriteStream(this.file, { flags: 'a', encoding: 'utf8' });
      this.stream.on('error', (err) => {
        this.onError(err);
        this.stream = undefined;
      });
    }
    const stream = this.stream;
    return new Promise((resolve) => {
      stream.write(line, (err) => {
        if (err) this.onError(err);
        resolve();
      });
    });
  }

  /** Flushes and closes the file (at shutdown). */
  close(): Promise<void> {
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
