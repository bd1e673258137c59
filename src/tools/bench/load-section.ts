import type { BenchContext, BenchSection, Figure } from './bench-types';
import { cannon, variedTexts } from './cannon';
import { round } from './stats';

export const LOAD_RATE = 200;
export const LOAD_SECONDS = 60;
export const LOAD_QUICK_SECONDS = 5;
/** Enough connections that a fixed rate of 200/s never waits for a free one. */
export const LOAD_CONNECTIONS = 50;

/** A fixed 200 activities/s (the public questions in turn) against the answer server for 60 s (5 s with PERFBOT_BENCH_QUICK=1). */
async function run(ctx: BenchContext): Promise<Figure[]> {
  const seconds = ctx.quick ? LOAD_QUICK_SECONDS : LOAD_SECONDS;
  const server = await ctx.answerServer();
  const f = await cannon({ port: server.port, texts: variedTexts(), duration: seconds, connections: LOAD_CONNECTIONS, overallRate: LOAD_RATE });
  return [
    { label: 'load: rate × seconds', value: `${LOAD_RATE}/s × ${seconds}${ctx.quick ? ' (quick)' : ''}` },
    { label: 'load: requests', value: f.total, aim: `≈ ${LOAD_RATE * seconds}` },
    { label: 'load: non-2xx', value: f.non2xx, aim: '0' },
    { label: 'load: errors (incl. timeouts)', value: f.errors, aim: '0' },
    { label: 'load: p50, ms', value: round(f.p50, 1) },
    { label: 'load: p99, ms', value: round(f.p99, 1) },
  ];
}

export const loadSection: BenchSection = { name: 'load', run };
