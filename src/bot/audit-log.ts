import { appendFile } from 'node:fs/promises';

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
}

/** JSON lines appended to a file; writes are queued so lines never interleave. */
export class FileAuditLog implements AuditLog {
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly file: string, private readonly onError: (err: unknown) => void) {}

  record(entry: AuditEntry): Promise<void> {
    const line = `${JSON.stringify(entry)}\n`;
    this.queue = this.queue.then(() => appendFile(this.file, line, 'utf8')).catch(this.onError);
    return this.queue;
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
  constructor(private readonly store: { appendAudit(at: string, entry: string): Promise<void> }, private readonly onError: (err: unknown) => void) {}

  record(entry: AuditEntry): Promise<void> {
    return this.store.appendAudit(entry.time, JSON.stringify(entry)).catch(this.onError);
  }
}
