import { loadBrain } from '../../io/load-brain';
import { prepareSearchBox } from '../../bot/message-extension';
import type { BenchContext, BenchSection, Figure } from './bench-types';
import { BENCH_TODAY, startBenchServer } from './bench-servers';
import { quantile, round } from './stats';

const WARM_QUERIES = 20;

/** A `composeExtension/query` invoke as Teams sends it when the search box opens (no question yet). */
function headlinesQuery(serviceUrl: string): string {
  return JSON.stringify({
    type: 'invoke', name: 'composeExtension/query', id: 'bench-mx', channelId: 'msteams', serviceUrl,
    from: { id: 'bench-user' }, recipient: { id: 'bot-1' }, conversation: { id: 'bench-mx-conv', conversationType: 'personal' },
    value: { commandId: 'ask', parameters: [{ name: 'initialRun', value: 'true' }], queryOptions: { skip: 0, count: 25 } },
  });
}

async function timedQuery(port: number): Promise<number> {
  const t = performance.now();
  const res = await fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: headlinesQuery('http://127.0.0.1:9/unused') });
  const text = await res.text();
  if (res.status !== 200 || !text.includes('composeExtension')) throw new Error(`the search box did not answer: ${res.status} ${text.slice(0, 200)}`);
  return performance.now() - t;
}

/**
 * The Teams search box with no question (the latest headlines, as a meeting's first search gets
 * them): on a freshly started server the first query and then warm ones, and what making the
 * headlines costs (done as the figures load, so no search waits for it).
 */
async function run(ctx: BenchContext): Promise<Figure[]> {
  const fresh = await loadBrain({ db: ctx.db, env: {}, log: () => undefined });
  const t = performance.now();
  prepareSearchBox(fresh, BENCH_TODAY);
  const prepareMs = performance.now() - t;

  const server = await startBenchServer(ctx.dir, ctx.db, 'search-box', false);
  try {
    const first = await timedQuery(server.port);
    const warm: number[] = [];
    for (let i = 0; i < WARM_QUERIES; i++) warm.push(await timedQuery(server.port));
    warm.sort((a, b) => a - b);
    return [
      { label: 'search box: headlines made at figure load, ms', value: Math.round(prepareMs) },
      { label: 'search box: first headlines query on a fresh server, ms', value: round(first, 1), aim: '< 1000' },
      { label: `search box: warm headlines query p50 (of ${WARM_QUERIES}), ms`, value: round(quantile(warm, 0.5), 1) },
    ];
  } finally {
    await server.close();
  }
}

export const searchBoxSection: BenchSection = { name: 'search box', run };
