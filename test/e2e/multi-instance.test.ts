import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { Pool } from 'pg';
import { PgStateStore } from '../../src/state/pg-state-store';
import { PROJECT_ROOT } from '../../src/io/project-paths';
import { describePostgres, freshPostgres, type Place } from '../helpers/backends';
import { run } from '../cli/run-main';
import { tempDir } from '../store/temp-files';
import { FakeConnector, type ReceivedActivity } from './fake-connector';
import { messageActivity, post } from './activities';
import { freePort } from './free-port';

/**
 * Two bot processes on different ports, one PostgreSQL, one fake connector: a follow-up answered
 * by the other instance, a month pushed by both at once, and the pusher killed half-way.
 */

const SERVER = path.join(PROJECT_ROOT, 'dist', 'src', 'server.js');
const PUSH_LOCK = 7_201_802;

interface Instance {
  readonly child: ChildProcess;
  readonly port: number;
  output: string;
}

async function start(place: Place, cwd: string): Promise<Instance> {
  const port = await freePort();
  const child = spawn(process.execPath, [SERVER], {
    cwd,
    env: {
      PATH: process.env.PATH ?? '',
      ...place.env,
      PORT: String(port),
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      PERFBOT_TODAY: '2020-02-10',
      // Every second: both instances try to push the month at once, over and over.
      PERFBOT_PUSH_CRON: '* * * * * *',
      PERFBOT_PUSH_PER_SECOND: '40',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise<Instance>((resolve, reject) => {
    const instance = { child, port: 0, output: '' };
    const timer = setTimeout(() => reject(new Error(`instance did not start:\n${instance.output}`)), 20000);
    const onData = (chunk: Buffer) => {
      instance.output += chunk.toString('utf8');
      const m = /listening on port (\d+)/.exec(instance.output);
      if (m && instance.port === 0) {
        clearTimeout(timer);
        resolve(Object.assign(instance, { port: Number(m[1]) }));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (instance.port === 0) reject(new Error(`instance exited with ${code}:\n${instance.output}`));
    });
  });
}

const conversationOf = (r: ReceivedActivity) => /\/v3\/conversations\/([^/]+)\/activities/.exec(r.path)?.[1] ?? '?';

function reference(serviceUrl: string, id: string) {
  return { serviceUrl, channelId: 'msteams', conversation: { id, isGroup: true, conversationType: 'channel', name: '' }, bot: { id: 'bot-1', name: 'perfbot' } };
}

/** How many scheduled pushes an instance has finished (one log line each). */
const pushesDone = (i: Instance): number => i.output.split('monthly headlines pushed').length - 1;

/** Waits for `ticks` more finished scheduler runs on each running instance: what a second send would need. */
async function moreTicks(instances: readonly Instance[], ticks: number, ms: number): Promise<void> {
  const running = instances.filter((i) => i.child.exitCode === null && i.child.signalCode === null);
  const from = running.map(pushesDone);
  await waitUntil(() => running.every((i, k) => pushesDone(i) >= (from[k] ?? 0) + ticks), ms, `${ticks} more scheduled pushes on each instance`);
}

async function waitUntil(check: () => boolean, ms: number, what: string): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`waited ${ms} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describePostgres('several instances on one PostgreSQL', (url) => {
  const connector = new FakeConnector();
  const tmp = tempDir('perfbot-multi-');
  let place: Place;
  let state: PgStateStore;
  let a: Instance;
  let b: Instance;

  beforeAll(async () => {
    if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run "npm run build" first (npm install does it)`);
    place = await freshPostgres(url);
    const built = await run(['db', 'build'], { NODE_ENV: 'test', ...place.env });
    if (built.code !== 0) throw new Error(built.stderr);
    await connector.start();
    state = await PgStateStore.open({ url, schema: place.env.PERFBOT_PG_SCHEMA ?? '' });
    a = await start(place, tmp.dir);
    b = await start(place, tmp.dir);
  }, 60000);

  afterAll(async () => {
    for (const i of [a, b]) if (i && i.child.exitCode === null) i.child.kill('SIGKILL');
    await state?.close();
    await connector.stop();
    await place?.cleanup();
    tmp.cleanup();
  });

  test('a question to instance A and its follow-up to instance B: answered in context', async () => {
    expect(a.port).not.toBe(b.port);
    const conversation = { id: 'multi-conv-1', conversationType: 'personal', tenantId: 'tenant-1' };
    const first = connector.received.length;
    expect((await post(a.port, messageActivity(connector.url, 'charges in Peterborough January 2020', { conversation }))).status).toBeLessThan(300);
    await connector.waitFor(first + 1, 10000);
    expect(String(connector.received[first]?.body.summary)).toMatch(/^Charges and summonses, Peterborough, January 2020: \d+/);
    expect((await post(b.port, messageActivity(connector.url, 'and Fenland?', { conversation }))).status).toBeLessThan(300);
    await connector.waitFor(first + 2, 10000);
    expect(String(connector.received[first + 1]?.body.summary)).toMatch(/^Charges and summonses, Fenland, January 2020: \d+/);
  }, 30000);

  test('both instances push the same month at once: every subscriber receives exactly one digest', async () => {
    const ids = Array.from({ length: 30 }, (_, i) => `both-${String(i).padStart(2, '0')}`);
    for (const id of ids) await state.subscribe(reference(connector.url, id), 'force');
    const reached = () => connector.received.filter((r) => conversationOf(r).startsWith('both-'));
    await waitUntil(() => reached().length >= ids.length, 20000, 'every digest');
    // Two more scheduler runs finished on both instances: still nothing sent twice.
    await moreTicks([a, b], 2, 20000);
    expect(reached().map(conversationOf).sort()).toEqual(ids);
    expect(reached()[0]?.body.attachments).toEqual([expect.objectContaining({ contentType: 'application/vnd.microsoft.card.adaptive' })]);
    // Each instance took the lock in its turn (the one that pushed, and the other after it).
    await waitUntil(() => [a, b].every((i) => i.output.includes('monthly push lock taken')), 20000, 'both instances to take the push lock');
    expect((await state.deliveries('2020-01')).filter((d) => d.conversationId.startsWith('both-')).every((d) => d.status === 'sent')).toBe(true);
  }, 40000);

  test('the pushing instance killed half-way: the other delivers the rest, nothing twice', async () => {
    const ids = Array.from({ length: 30 }, (_, i) => `kill-${String(i).padStart(2, '0')}`);
    const admin = new Pool({ connectionString: url, max: 1 });
    let killed: number | undefined;
    connector.gate = async (received) => {
      if (killed !== undefined || !conversationOf(received).startsWith('kill-')) return;
      if (connector.received.filter((r) => conversationOf(r).startsWith('kill-')).length < 10) return;
      // Hold the 10th answer, find the instance holding the push lock, and kill it mid-send.
      const holder = await admin.query<{ application_name: string }>("SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.classid = $1 AND l.granted", [PUSH_LOCK]);
      const pid = Number(/-(\d+)$/.exec(holder.rows[0]?.application_name ?? '')?.[1]);
      killed = pid;
      process.kill(pid, 'SIGKILL');
    };
    try {
      for (const id of ids) await state.subscribe(reference(connector.url, id), 'force');
      const reached = () => connector.received.filter((r) => conversationOf(r).startsWith('kill-'));
      await waitUntil(() => reached().length >= ids.length, 30000, 'the survivor to finish the push');
      expect(killed).toBeDefined();
      const victim = [a, b].find((i) => i.child.pid === killed);
      expect(victim).toBeDefined();
      await waitUntil(() => victim?.child.exitCode !== null || victim?.child.signalCode !== null, 5000, 'the killed instance to exit');
      // Two more scheduler runs finished on the survivor: still nothing sent twice.
      await moreTicks([a, b], 2, 20000);
      expect(reached().map(conversationOf).sort()).toEqual(ids);
      const statuses = (await state.deliveries('2020-01')).filter((d) => d.conversationId.startsWith('kill-')).map((d) => d.status);
      // The one cut off mid-send arrived (the connector holds it) and is not sent again.
      expect(statuses.filter((s) => s === 'in_doubt')).toHaveLength(1);
      expect(statuses.filter((s) => s === 'sent')).toHaveLength(29);
    } finally {
      delete connector.gate;
      await admin.end();
    }
  }, 60000);
});
