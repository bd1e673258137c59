import type { RunningServer } from '../../server';
import type { BenchContext, BenchSection, Figure } from './bench-types';
import { runConversationTurn, type DialogTurn } from '../../../dialogs/conversation-dialog';
import type { Brain } from '../../answers/ask';
import { LruCache } from '../../answers/lru-cache';
import type { ConversationState } from '../../understanding/query';
import { BENCH_TODAY } from './bench-servers';
import { BENCH_QUESTION, CONVERSATIONS, cannon, pick, probe, variedTexts, type CannonFigures } from './cannon';
import { round } from './stats';

export const HTTP_CONNECTIONS = 10;
export const HTTP_SECONDS = 10;
export const HTTP_QUICK_SECONDS = 3;
export const ANSWER_ECHO_AIM_PERCENT = 60;

/** Checks one answer comes back in the response (expectReplies), then warms the server up. */
export async function readyServer(server: RunningServer, what: string): Promise<void> {
  const first = await probe(server.port, BENCH_QUESTION);
  if (first.status !== 200 || !first.body.includes('"activities"')) throw new Error(`the ${what} server did not answer: ${first.status} ${first.body.slice(0, 300)}`);
  await cannon({ port: server.port, texts: variedTexts(), duration: 1, connections: HTTP_CONNECTIONS });
}

/**
 * How many of the varied requests the bot's turn cache (500 turns, keyed by state and message)
 * could answer: the same messages to the same conversations, replayed in process.
 */
export function turnCacheHits(brain: Brain, texts: readonly string[], requests = 10_000): number {
  const cache = new LruCache<string, DialogTurn>(500);
  const states = new Map<number, ConversationState>();
  let hits = 0;
  for (let i = 0; i < requests; i++) {
    const conversation = i % CONVERSATIONS;
    const input = { kind: 'text' as const, text: texts[pick(i, texts.length)] ?? '' };
    const state = states.get(conversation) ?? {};
    const key = `${JSON.stringify(state)}\u0000${input.text}`;
    let turn = cache.get(key);
    if (turn) hits++;
    else cache.set(key, (turn = runConversationTurn(input, state, BENCH_TODAY, brain)));
    states.set(conversation, turn.state);
  }
  return hits / requests;
}

/** Slices of each server's run, in turn (answer, echo, answer, echo…), so that a busy machine weighs on both alike. */
export const HTTP_SLICES = 5;

interface Sliced {
  readonly requestsPerSecond: number;
  readonly p99: number;
  readonly non2xx: number;
  readonly errors: number;
  /** Time the server's thread (this process's event loop) was busy, per request answered, µs. */
  readonly busyMicros: number;
}

/** A cannon run, with how long this process's event loop (the servers run here) was busy meanwhile. */
async function measured(run: Parameters<typeof cannon>[0]): Promise<CannonFigures & { readonly busyMs: number }> {
  const before = performance.eventLoopUtilization();
  const figures = await cannon(run);
  return { ...figures, busyMs: performance.eventLoopUtilization(before).active };
}

async function interleaved(answerPort: number, echoPort: number, texts: readonly string[], seconds: number): Promise<[Sliced, Sliced, number[]]> {
  // Returns the answer and echo figures, and the answer/echo ratio (%) of each pair of slices.
  const slice = Math.max(1, Math.round(seconds / HTTP_SLICES));
  type Run = CannonFigures & { readonly busyMs: number };
  const a: Run[] = [];
  const e: Run[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < HTTP_SLICES; i++) {
    const fa = await measured({ port: answerPort, texts, duration: slice, connections: HTTP_CONNECTIONS });
    const fe = await measured({ port: echoPort, texts, duration: slice, connections: HTTP_CONNECTIONS });
    a.push(fa);
    e.push(fe);
    ratios.push((100 * fa.requestsPerSecond) / fe.requestsPerSecond);
  }
  const sum = (fs: Run[]): Sliced => ({
    requestsPerSecond: fs.reduce((t, f) => t + f.requestsPerSecond, 0) / fs.length,
    p99: Math.max(...fs.map((f) => f.p99)),
    non2xx: fs.reduce((t, f) => t + f.non2xx, 0),
    errors: fs.reduce((t, f) => t + f.errors, 0),
    busyMicros: (1000 * fs.reduce((t, f) => t + f.busyMs, 0)) / Math.max(1, fs.reduce((t, f) => t + f.total, 0)),
  });
  return [sum(a), sum(e), ratios];
}

function range(ratios: readonly number[]): string {
  return `${round(Math.min(...ratios), 1)}–${round(Math.max(...ratios), 1)}`;
}

function figures(name: string, f: Sliced): Figure[] {
  return [
    { label: `HTTP ${name} requests/s`, value: round(f.requestsPerSecond, 1) },
    { label: `HTTP ${name} p99 (worst slice), ms`, value: round(f.p99, 1) },
    { label: `HTTP ${name} non-2xx + errors`, value: f.non2xx + f.errors, aim: '0' },
    { label: `HTTP ${name} server thread busy per request, µs`, value: round(f.busyMicros) },
  ];
}

/**
 * The real bot against an echo turn handler on the same server stack (restify, CloudAdapter,
 * expectReplies), same connections, duration and messages: what answering costs over the HTTP
 * path. Twice: the public questions in turn across many conversations (what users do; the turn
 * cache answers few), and one question repeated (the turn cache answers nearly all).
 */
async function run(ctx: BenchContext): Promise<Figure[]> {
  const seconds = ctx.quick ? HTTP_QUICK_SECONDS : HTTP_SECONDS;
  const answer = await ctx.answerServer();
  const echo = await ctx.echoServer();
  await readyServer(answer, 'answer');
  await readyServer(echo, 'echo');
  const varied = variedTexts();
  const [a, e, ratios] = await interleaved(answer.port, echo.port, varied, seconds);
  const [ar, er, repeatedRatios] = await interleaved(answer.port, echo.port, [BENCH_QUESTION], seconds);
  return [
    { label: 'HTTP run: connections × seconds (slices in turn)', value: `${HTTP_CONNECTIONS} × ${seconds} (${HTTP_SLICES})` },
    { label: 'HTTP varied: messages (public questions), turn cache hits %', value: `${varied.length}, ${round(100 * turnCacheHits(ctx.brain, varied), 1)}` },
    ...figures('answer (varied)', a),
    ...figures('echo (varied)', e),
    { label: 'HTTP answer/echo throughput, varied questions, %', value: round((100 * a.requestsPerSecond) / e.requestsPerSecond, 1), aim: `≥ ${ANSWER_ECHO_AIM_PERCENT}` },
    { label: 'HTTP answer/echo, varied, range over slices, %', value: range(ratios) },
    ...figures('answer (one question repeated)', ar),
    ...figures('echo (one question repeated)', er),
    { label: 'HTTP answer/echo throughput, one question repeated (turn cache), %', value: round((100 * ar.requestsPerSecond) / er.requestsPerSecond, 1) },
    { label: 'HTTP answer/echo, repeated, range over slices, %', value: range(repeatedRatios) },
    // What 60% of echo leaves for a turn's own work, against what a turn from the turn cache already takes.
    { label: 'HTTP busy per request at 60% of echo (varied), µs', value: round(e.busyMicros / (ANSWER_ECHO_AIM_PERCENT / 100)) },
  ];
}

export const httpSection: BenchSection = { name: 'http', run };
