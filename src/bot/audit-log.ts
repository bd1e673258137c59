import type { AuditStore } from '../state/state-types';
import { close as closeFile, openSync, writeSync } from 'node:fs';

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
 * JSON lines appended to a file held open (not an open and close per line). Each line is written
 * whole, by one synchronous append, before `record` returns: lines never interleave, none waits in
 * memory to be lost, and a turn does not wake a thread of the pool to write one line (a line is a
 * few hundred bytes into the page cache, as pino writes its own log).
 */
export class FileAuditLog implements AuditLog {
  private fd: number | undefined;

  constructor(private readonly file: string, private readonly onError: (err: unknown) => void) {}

  private fdNow(): number {
    this.fd ??= openSync(this.file, 'a');
    return this.fd;
  }

  /** Opens the file for appending (creating it), or says why it cannot be written. */
  open(): Promise<void> {
    try {
      this.fdNow();
      return Promise.resolve();
    } catch (err) {
      return Promise.reject(new AuditLogError(`cannot write the audit log ${this.file}: ${(err as Error).message}`));
    }
  }

  /**
   * Closes the file and opens it again by name: after logrotate has moved it away (SIGHUP), new
   * lines go to a new file; every line before went to the old one.
   */
  async reopen(): Promise<void> {
    await this.close();
    await this.open();
  }

  record(entry: AuditEntry): Promise<void> {
    const line = Buffer.from(`${JSON.stringify(entry)}\n`, 'utf8');
    try {
      const fd = this.fdNow();
      for (let written = 0; written < line.length; ) written += writeSync(fd, line, written, line.length - written);
    } catch (err) {
      this.onError(err);
      // Opened again for the next line (a full disk freed, a folder made again).
      void this.close();
    }
    return Promise.resolve();
  }

  /** Closes the file (at shutdown). */
  close(): Promise<void> {
    const fd = this.fd;
    this.fd = undefined;
    if (fd === undefined) return Promise.resolve();
    return new Promise((resolve) => closeFile(fd, () => resolve()));
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
