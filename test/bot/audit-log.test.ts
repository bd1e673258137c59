import { readFileSync } from 'node:fs';
import { FileAuditLog, type AuditEntry } from '../../src/bot/audit-log';
import { tempDir } from '../store/temp-files';

const entry = (question: string): AuditEntry => ({ time: '2020-02-10T09:00:00.000Z', user: 'aad-1', conversation: 'c1', question, status: 'answer', readings: [] });

describe('the audit log file', () => {
  test('appends one JSON line per entry, in order, to what the file held', async () => {
    const tmp = tempDir();
    try {
      const file = tmp.file('audit.log', `${JSON.stringify(entry('before'))}\n`);
      const errors: unknown[] = [];
      const log = new FileAuditLog(file, (err) => errors.push(err));
      await Promise.all(['one', 'two "quoted"', 'three\nlines'].map((q) => log.record(entry(q))));
      await log.close();
      const lines = readFileSync(file, 'utf8').trimEnd().split('\n').map((l) => (JSON.parse(l) as AuditEntry).question);
      expect(lines).toEqual(['before', 'one', 'two "quoted"', 'three\nlines']);
      expect(errors).toEqual([]);
    } finally {
      tmp.cleanup();
    }
  });

  test('lines recorded just before close are written, all of them, in order', async () => {
    const tmp = tempDir();
    try {
      const file = tmp.file('audit.log', '');
      const log = new FileAuditLog(file, () => undefined);
      const questions = Array.from({ length: 500 }, (_, i) => `question ${i}`);
      const recorded = questions.map((q) => log.record(entry(q)));
      await log.close();
      await Promise.all(recorded);
      const lines = readFileSync(file, 'utf8').trimEnd().split('\n').map((l) => (JSON.parse(l) as AuditEntry).question);
      expect(lines).toEqual(questions);
    } finally {
      tmp.cleanup();
    }
  });

  test('a file that cannot be written is reported, and recording goes on resolving', async () => {
    let reported: (err: unknown) => void = () => undefined;
    const error = new Promise<unknown>((resolve) => (reported = resolve));
    const log = new FileAuditLog('/nonexistent-folder/audit.log', (err) => reported(err));
    await log.record(entry('lost'));
    expect(String(await error)).toMatch(/ENOENT|no such file/);
  });
});
