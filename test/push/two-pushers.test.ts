import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import * as path from 'node:path';
import { PROJECT_ROOT } from '../../src/io/project-paths';
import { loadCatalogue } from '../../src/io/load-catalogue';
import { pushMonth, type DigestMessage, type PushSender } from '../../src/push/push-month';
import { StateStore } from '../../src/state/state-store';
import { buildSampleStore } from '../../src/store/build-sample';
import { FakeConnector, type ReceivedActivity } from '../e2e/fake-connector';
import { HangingServer } from '../e2e/bot-tokens';
import { tempDir } from '../store/temp-files';

/**
 * Pushes on one SQLite state database: two `perfbot push` processes at once, a pusher stopped by
 * SIGTERM half-way, and a pusher stopped while its token call hangs. Every conversation gets the
 * month's digest exactly once, however the pushes overlap or stop.
 */

const CLI = path.join(PROJECT_ROOT, 'bin', 'perfbot.js');
const MONTH = '2020-01';
const connector = new FakeConnector();
const tmp = tempDir('perfbot-pushers-');
let db: string;

const conversationOf = (r: ReceivedActivity) => /\/v3\/conversations\/([^/]+)\/activities/.exec(r.path)?.[1] ?? '?';

function reference(id: string) {
  return { serviceUrl: connector.url, channelId: 'msteams', conversation: { id, isGroup: false, conversationType: 'personal', name: '' }, bot: { id: 'bot-1', name: 'perfbot' } };
}

async function stateWith(name: string, subscribers: number): Promise<string> {
  const file = path.join(tmp.dir, name);
  const store = await StateStore.open(file);
  for (let i = 0; i < subscribers; i++) await store.subscribe(reference(`conv-${String(i).padStart(4, '0')}`), 'force');
  await store.close();
  return file;
}

interface Exit {
  readonly code: number | null;
  readonly output: string;
}

function push(state: string, onOutput?: (text: string) => void, month: string | undefined = MONTH): { child: ReturnType<typeof spawn>; exit: Promise<Exit> } {
  const child = spawn(process.execPath, [CLI, 'push', ...(month ? ['--month', month] : []), '--db', db, '--state', state, '--per-second', '50'], {
    cwd: tmp.dir,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    onOutput?.(output);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  return { child, exit: new Promise((resolve) => child.once('exit', (code) => resolve({ code, output }))) };
}

/** How many times each conversation got a digest. */
function counts(): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of connector.received) out.set(conversationOf(r), (out.get(conversationOf(r)) ?? 0) + 1);
  return out;
}

beforeAll(async () => {
  db = path.join(tmp.dir, 'figures.db');
  await buildSampleStore(db, loadCatalogue());
  await connector.start();
}, 60000);

afterAll(async () => {
  await connector.stop();
  tmp.cleanup();
});

beforeEach(() => {
  connector.received.length = 0;
  connector.gate = undefined;
});

test('two `perfbot push` processes at once on one state database: 300 conversations, each exactly once', async () => {
  const state = await stateWith('two.db', 300);
  const [a, b] = [push(state), push(state)];
  const [ea, eb] = await Promise.all([a.exit, b.exit]);
  expect(ea).toMatchObject({ code: 0 });
  expect(eb).toMatchObject({ code: 0 });
  const each = counts();
  expect(each.size).toBe(300);
  expect([...each.values()].filter((n) => n !== 1)).toEqual([]);
  expect(connector.received).toHaveLength(300);
  // Between them: 300 sent by one and 300 already sent for the other (in whichever split).
  const sent = [ea.output, eb.output].map((o) => Number(/: (\d+) sent/.exec(o)?.[1] ?? NaN));
  expect(sent[0]! + sent[1]!).toBe(300);
}, 120000);

test('`perfbot push` during the server\'s scheduled push (every second) on one state database: each conversation once', async () => {
  const state = await stateWith('server-and-cli.db', 200);
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
  const server = spawn(process.execPath, [path.join(PROJECT_ROOT, 'dist', 'src', 'server.js')], {
    cwd: tmp.dir,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', LOG_LEVEL: 'info', PORT: String(port), PERFBOT_DB: db, PERFBOT_STATE_DB: state, PERFBOT_AUDIT_LOG: path.join(tmp.dir, 'audit.log'), PERFBOT_PUSH_CRON: '* * * * * *', PERFBOT_PUSH_PER_SECOND: '50' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  let pushed: () => void = () => undefined;
  const serverPushed = new Promise<void>((resolve) => (pushed = resolve));
  const onLog = (chunk: Buffer) => {
    log += chunk.toString('utf8');
    if (/monthly headlines pushed/.test(log)) pushed();
  };
  server.stdout?.on('data', onLog);
  server.stderr?.on('data', onLog);
  const serverExit = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  try {
    await new Promise<void>((resolve, reject) => {
      const check = () => /monthly push lock taken|listening on port/.test(log) && resolve();
      server.stdout?.on('data', check);
      server.once('exit', () => reject(new Error(`the server exited:\n${log}`)));
    });
    // The latest complete month, as the server pushes it.
    const cli = await push(state, undefined, undefined).exit;
    expect(cli.code).toBe(0);
    await serverPushed;
    await connector.waitFor(200, 60000);
  } finally {
    server.kill('SIGTERM');
    await serverExit;
  }
  const each = counts();
  expect(each.size).toBe(200);
  expect([...each.values()].filter((n) => n !== 1)).toEqual([]);
}, 120000);

test('SIGTERM half-way: the pusher finishes the send it holds and exits; the next push sends the rest, none twice', async () => {
  const state = await stateWith('sigterm.db', 40);
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  let first: (() => void) | undefined;
  const arrived = new Promise<void>((resolve) => (first = resolve));
  // The 10th delivery is held by the connector until the pusher has been told to stop.
  connector.gate = async (_r, count) => {
    if (count === 10) {
      first?.();
      await held;
    }
  };
  let sawStop: () => void = () => undefined;
  const stopping = new Promise<void>((resolve) => (sawStop = resolve));
  const p = push(state, (output) => /stopping/.test(output) && sawStop());
  await arrived;
  p.child.kill('SIGTERM');
  // Once the pusher has taken the signal, the held send is answered: it is finished and recorded.
  await stopping;
  release();
  const stopped = await p.exit;
  expect(stopped.code).toBe(1);
  expect(stopped.output).toMatch(/stopped before the end/);
  expect(connector.received).toHaveLength(10);
  connector.gate = undefined;
  const again = await push(state).exit;
  expect(again.code).toBe(0);
  expect(again.output).toMatch(/30 sent, 10 already sent/);
  const each = counts();
  expect(each.size).toBe(40);
  expect([...each.values()].filter((n) => n !== 1)).toEqual([]);
}, 120000);

test('a push whose token call hangs, then is stopped: nothing was claimed, and the next push sends every conversation', async () => {
  const state = await stateWith('hang.db', 5);
  const tokenEndpoint = new HangingServer();
  await tokenEndpoint.start();
  const message: DigestMessage = { card: { type: 'AdaptiveCard', version: '1.5', body: [] }, text: 'January 2020 headlines' };
  /** A sender as botbuilder's: its token is fetched from an endpoint, here one that never answers. */
  const hangingSender = (signal: AbortSignal): PushSender & { tokenAsked: Promise<void> } => {
    let asked: () => void = () => undefined;
    const tokenAsked = new Promise<void>((resolve) => (asked = resolve));
    const token = () => {
      asked();
      return fetch(tokenEndpoint.url, { signal }).then(() => undefined);
    };
    return { tokenAsked, prepare: token, send: token };
  };
  const a = await StateStore.open(state);
  const stop = new AbortController();
  const sender = hangingSender(stop.signal);
  const first = pushMonth(a, () => message, sender, { month: MONTH, signal: stop.signal }).catch((err: unknown) => err);
  await sender.tokenAsked;
  stop.abort();
  // Another pusher (another connection, as another process would be) on the same file, with a working token.
  const b = await StateStore.open(state);
  const working: PushSender = { send: async (ref) => void (await fetch(`${connector.url}/v3/conversations/${ref.conversation?.id ?? '?'}/activities`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })) };
  const report = await pushMonth(b, () => message, working, { month: MONTH });
  expect(report).toMatchObject({ sent: 5, inDoubt: 0, failed: 0 });
  expect((await b.deliveries(MONTH)).map((d) => d.status)).toEqual(['sent', 'sent', 'sent', 'sent', 'sent']);
  expect(await first).toMatchObject({ stopped: true, sent: 0 });
  await a.close();
  await b.close();
  await tokenEndpoint.stop();
}, 60000);
