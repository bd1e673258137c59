import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import * as path from 'node:path';
import { readConfig } from '../../src/config';
import { MemoryAuditLog, type AuditEntry } from '../../src/bot/audit-log';
import { loadCatalogue } from '../../src/io/load-catalogue';
import { PROJECT_ROOT } from '../../src/io/project-paths';
import { startServer, type RunningServer } from '../../src/server';
import { buildSampleStore } from '../../src/store/build-sample';
import { tempDir } from '../store/temp-files';
import { FakeConnector } from './fake-connector';
import { messageActivity, post } from './activities';
import { freePort } from './free-port';

/**
 * The audit trail: every figure put in front of a user is recorded (chat, buttons and the search
 * box), with the tenant wherever Teams gives it; a log that cannot be written stops the start; and
 * the log file is reopened on SIGHUP, after logrotate has moved it.
 */

const tmp = tempDir('perfbot-audit-');
const connector = new FakeConnector();
const audit = new MemoryAuditLog();
let db: string;
let server: RunningServer;

function config(extra: Record<string, string> = {}) {
  return { ...readConfig({ LOG_LEVEL: 'silent', PERFBOT_PUSH_CRON: 'off', PERFBOT_DB: db, PERFBOT_STATE_DB: path.join(tmp.dir, 'state.db'), ...extra }), PORT: 0 };
}

beforeAll(async () => {
  db = path.join(tmp.dir, 'audit.db');
  await buildSampleStore(db, loadCatalogue());
  await connector.start();
  server = await startServer(config(), () => undefined, { today: () => '2020-02-10', audit, host: '127.0.0.1' });
}, 60000);

afterAll(async () => {
  await server.close();
  await connector.stop();
  tmp.cleanup();
});

test('a search-box answer is audited: who, the question, and the readings it showed', async () => {
  const before = audit.entries.length;
  const res = await post(server.port, messageActivity(connector.url, '', {
    type: 'invoke',
    name: 'composeExtension/query',
    text: undefined,
    value: { commandId: 'ask', parameters: [{ name: 'question', value: 'robbery South last month' }] },
  }));
  expect(res.status).toBe(200);
  const entries = audit.entries.slice(before);
  expect(entries).toHaveLength(1);
  expect(entries[0]).toMatchObject({ source: 'search', question: 'robbery South last month', status: 'answer', user: 'aad-user-1', tenant: 'tenant-1', conversation: 'conv-1' });
  // The South area's robbery figures (ids from the catalogue the question names).
  expect(entries[0]?.readings.length).toBeGreaterThan(0);
  expect(entries[0]?.readings.every((r) => r.area === 'south' && r.metric.includes('robbery'))).toBe(true);
});

test('opening the search box shows the headlines, and they are audited too', async () => {
  const before = audit.entries.length;
  const res = await post(server.port, messageActivity(connector.url, '', { type: 'invoke', name: 'composeExtension/query', text: undefined, value: { commandId: 'ask', parameters: [{ name: 'initialRun', value: 'true' }] } }));
  expect(res.status).toBe(200);
  const shown = (JSON.parse(res.text) as { composeExtension: { attachments: unknown[] } }).composeExtension.attachments.length;
  const entries = audit.entries.slice(before);
  expect(entries).toHaveLength(1);
  expect(entries[0]).toMatchObject({ source: 'search', status: 'headlines' });
  expect(entries[0]?.readings.length).toBeGreaterThanOrEqual(shown);
});

test('a tenant given only in channelData is in the audit line', async () => {
  const before = connector.received.length;
  const activity = messageActivity(connector.url, 'robbery South last month', { conversation: { id: 'conv-cd', conversationType: 'personal' }, channelData: { tenant: { id: 'tenant-from-channel-data' } } });
  expect((await post(server.port, activity)).status).toBe(200);
  await connector.waitFor(before + 1, 20000);
  const entry = audit.entries.find((e: AuditEntry) => e.conversation === 'conv-cd');
  expect(entry).toMatchObject({ tenant: 'tenant-from-channel-data', source: 'chat', status: 'answer' });
});

test('an audit log that cannot be written stops the start, naming the file', async () => {
  const folder = path.join(tmp.dir, 'a-folder-not-a-file');
  mkdirSync(folder);
  await expect(startServer(config({ PERFBOT_AUDIT_LOG: folder }), () => undefined, { host: '127.0.0.1' })).rejects.toThrow(`cannot write the audit log ${folder}`);
  const missing = path.join(tmp.dir, 'no-such-folder', 'audit.log');
  await expect(startServer(config({ PERFBOT_AUDIT_LOG: missing }), () => undefined, { host: '127.0.0.1' })).rejects.toThrow(/cannot write the audit log/);
});

describe('the audit log reopens on SIGHUP (logrotate moves it, then signals)', () => {
  let child: ChildProcess | undefined;
  afterAll(() => child?.kill('SIGKILL'));

  /** Waits until `check` holds (looking every 100 ms, for at most 30 s). */
  const until = async (check: () => boolean, what: string): Promise<void> => {
    for (let i = 0; i < 300 && !check(); i++) await new Promise((r) => setTimeout(r, 100));
    if (!check()) throw new Error(`waited 30 s for ${what}`);
  };
  const lines = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').filter((l) => l !== '') : []);

  test('lines go to the moved file until SIGHUP, then to a new file by the same name', async () => {
    const file = path.join(tmp.dir, 'rotated.log');
    child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'dist', 'src', 'server.js')], {
      cwd: tmp.dir,
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', LOG_LEVEL: 'info', PORT: String(await freePort()), PERFBOT_DB: db, PERFBOT_STATE_DB: path.join(tmp.dir, 'hup-state.db'), PERFBOT_AUDIT_LOG: file, PERFBOT_PUSH_CRON: 'off', PERFBOT_TODAY: '2020-02-10' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.stderr?.on('data', (c: Buffer) => (output += c.toString('utf8')));
    await until(() => /listening on port (\d+)/.test(output), 'the server to start').catch((err: Error) => {
      throw new Error(`${err.message}:\n${output}`);
    });
    const port = Number(/listening on port (\d+)/.exec(output)?.[1]);
    const ask = async (conversation: string) => {
      const before = connector.received.length;
      expect((await post(port, messageActivity(connector.url, 'robbery South last month', { conversation: { id: conversation, conversationType: 'personal', tenantId: 'tenant-1' } }))).status).toBe(200);
      await connector.waitFor(before + 1, 20000);
    };
    await ask('before-rotation');
    await until(() => lines(file).length === 1, 'the first audit line');
    renameSync(file, `${file}.1`);
    child.kill('SIGHUP');
    await until(() => /audit log reopened/.test(output), 'the server to reopen its audit log');
    await ask('after-rotation');
    await until(() => lines(file).length === 1, 'the audit line in the new file');
    expect(lines(`${file}.1`).map((l) => (JSON.parse(l) as AuditEntry).conversation)).toEqual(['before-rotation']);
    expect(lines(file).map((l) => (JSON.parse(l) as AuditEntry).conversation)).toEqual(['after-rotation']);
    child.kill('SIGTERM');
    await new Promise((resolve) => child?.once('exit', resolve));
  }, 90000);
});
