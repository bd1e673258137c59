import autocannon from 'autocannon';
import * as path from 'node:path';
import { fork } from 'node:child_process';
import { publicQuestions } from './public-questions';

export const BENCH_QUESTION = 'dwelling burglary outcome rate South last month';

/**
 * Every turn of the public questions: a load that goes through them across many conversations,
 * so that the turn cache (a reply per state and message) answers few of them.
 */
export function variedTexts(): string[] {
  return publicQuestions().flatMap((q) => q.turns);
}

/** Conversations the requests rotate through: enough that no two in flight share one (no eTag conflicts). */
export const CONVERSATIONS = 1000;

let sent = 0;

/** A Teams-like message activity whose replies come back in the HTTP response (expectReplies). */
export function benchActivity(text: string, conversation: number): Record<string, unknown> {
  sent++;
  return {
    type: 'message',
    id: `bench-${sent}`,
    timestamp: '2020-02-10T09:00:00.000Z',
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/bench-no-connector',
    deliveryMode: 'expectReplies',
    from: { id: `bench-user-${conversation}`, name: 'Bench User', aadObjectId: `bench-aad-${conversation}` },
    conversation: { id: `bench-conv-${conversation}`, conversationType: 'personal', tenantId: 'tenant-1' },
    recipient: { id: 'bot-1', name: 'perfbot' },
    text,
    locale: 'en-GB',
    channelData: { tenant: { id: 'tenant-1' } },
  };
}

export interface CannonRun {
  readonly port: number;
  /**
   * The messages sent. Request i goes to conversation i % 1000 with a message picked by a fixed
   * hash of i: were they sent in turn, each conversation would see the same message after the same
   * message every time, and the turn cache would answer nearly all of them.
   */
  readonly texts: readonly string[];
  readonly duration: number;
  readonly connections: number;
  /** Activities per second across all connections; absent: as fast as the server answers. */
  readonly overallRate?: number;
}

export interface CannonFigures {
  readonly total: number;
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly non2xx: number;
  readonly errors: number;
  readonly timeouts: number;
}

/**
 * POSTs message activities to /api/messages with autocannon, run in a process of its own so that
 * the load generator does not take the server's thread: each request a different conversation, in turn,
 * and the next of `texts`.
 */
export function cannon(run: CannonRun): Promise<CannonFigures> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, 'cannon-worker.js'), [JSON.stringify(run)], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    let figures: CannonFigures | undefined;
    child.once('message', (m: CannonFigures) => (figures = m));
    child.once('error', reject);
    child.once('exit', (code) => (figures && code === 0 ? resolve(figures) : reject(new Error(`the load generator stopped with ${code}`))));
  });
}

/** A fixed integer hash (deterministic: the same run sends the same messages). */
export function pick(i: number, n: number): number {
  let h = Math.imul(i ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) % n;
}

/** What the worker thread runs: autocannon itself. */
export async function runCannon(run: CannonRun): Promise<CannonFigures> {
  let i = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${run.port}/api/messages`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections: run.connections,
    duration: run.duration,
    timeout: 10,
    ...(run.overallRate !== undefined ? { overallRate: run.overallRate } : {}),
    requests: [{ setupRequest: (req) => ({ ...req, body: JSON.stringify(benchActivity(run.texts[pick(i, run.texts.length)] ?? '', i++ % CONVERSATIONS)) }) }],
  });
  return {
    total: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

/** One request by fetch, to check the server answers before it is timed. */
export async function probe(port: number, text: string): Promise<{ status: number; body: string }> {
  const res = await fetch(`http://127.0.0.1:${port}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(benchActivity(text, CONVERSATIONS)),
  });
  return { status: res.status, body: await res.text() };
}
