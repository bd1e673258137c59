import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { readConfig } from '../../src/config';
import { MemoryAuditLog } from '../../src/bot/audit-log';
import { loadCatalogue } from '../../src/io/load-catalogue';
import { createRng } from '../../src/sample/rng';
import { startServer, type RunningServer } from '../../src/server';
import { buildSampleStore } from '../../src/store/build-sample';
import { post } from './activities';

const dir = mkdtempSync(path.join(tmpdir(), 'perfbot-fuzz-'));
let server: RunningServer;

beforeAll(async () => {
  const db = path.join(dir, 'fuzz.db');
  await buildSampleStore(db, loadCatalogue());
  const config = { ...readConfig({ LOG_LEVEL: 'silent', PERFBOT_PUSH_CRON: 'off' }), PERFBOT_DB: db, PERFBOT_STATE_DB: path.join(dir, 'state.db'), PORT: 0 };
  server = await startServer(config, () => undefined, { today: () => '2020-02-10', audit: new MemoryAuditLog(), host: '127.0.0.1' });
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const rng = createRng(8);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
const WORDS = ['burglary', 'outcome', 'rate', 'South', 'last', 'month', 'vs', 'year', 'DA', 'Q3', '2019/20', '999', 'Peterborough', 'trend', 'by district', 'and', 'North?'];
const NASTY = [
  "'; DROP TABLE observations; --", '<script>alert(1)</script>', '<at>perfbot</at>', '**bold** _it_ `code`', '31/02/2019', '99/99/9999',
  '1e308', '-0', 'NaN', '9'.repeat(400), '\u0000\u0007\u001b[31m', '\ud83d\ude93\ud83d\ude94', 'ñ é ü ß', '\u202e', '%s%n%x', '{{7*7}}', '${process.exit(1)}', '',
];

function randomUnicode(n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCodePoint(Math.floor(rng() * 0x2ffff) % 0xd800);
  return s;
}

function message(i: number): string {
  switch (i % 6) {
    case 0: return Array.from({ length: 1 + Math.floor(rng() * 8) }, () => pick(WORDS)).join(' ');
    case 1: return pick(NASTY);
    case 2: return randomUnicode(1 + Math.floor(rng() * 60));
    case 3: return 'x'.repeat(1990 + Math.floor(rng() * 40));
    case 4: return `${pick(WORDS)} ${pick(NASTY)} ${pick(WORDS)}`;
    default: return `${pick(WORDS)} ${Math.floor(rng() * 1e9)} ${pick(['January', 'Febuary', 'Q9', 'FY 2099-00', '13/2019'])}`;
  }
}

/** Four lanes in flight at once; a conversation belongs to one lane, so its turns stay in order. */
const LANES = 4;

function activity(text: string, i: number) {
  return {
    type: 'message', id: `f${i}`, channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/unused', deliveryMode: 'expectReplies',
    from: { id: `fuzz-${i % 7}` }, conversation: { id: `fuzz-${i % LANES}-${Math.floor(i / LANES) % 3}`, conversationType: 'personal' }, recipient: { id: 'bot-1' }, text,
  };
}

describe('fuzz: 5,000 generated messages through the real endpoint', () => {
  test('the server never falls over, every reply is a card or text without internals, and a good question is still answered', async () => {
    const messages = Array.from({ length: 5000 }, (_, i) => message(i));
    let sent = 0;
    // Every message is sent, however long that takes: the count is the measure, not the clock.
    const lane = async (k: number): Promise<void> => {
      for (let i = k; i < messages.length; i += LANES, sent++) {
        const res = await post(server.port, activity(messages[i] ?? '', i));
        expect(res.status).toBe(200);
        expect(res.text).not.toMatch(/\bat [\w.<>]+ \(|SQLITE_|TypeError|ReferenceError|stack/);
        const body = JSON.parse(res.text) as { activities?: { text?: string; attachments?: unknown[] }[] };
        // Every message gets a reply: an empty list of activities is a question left unanswered.
        expect(body.activities?.length ?? 0).toBeGreaterThan(0);
        for (const a of body.activities ?? []) expect(Boolean(a.text) || (a.attachments ?? []).length > 0).toBe(true);
      }
    };
    await Promise.all(Array.from({ length: LANES }, (_, k) => lane(k)));
    expect(sent).toBe(5000);
    const res = await post(server.port, activity('dwelling burglary outcome rate South last month', 99999));
    expect(res.text).toContain('10.5%');
  }, 300000);
});
