import { readConfig, type Config } from '../config';
import { MemoryAuditLog } from '../bot/audit-log';
import { loadCatalogue } from '../io/load-catalogue';
import { metricsTarget, openMetricsStore, openStateStore } from '../io/open-stores';
import { SAMPLE_DIR } from '../io/project-paths';
import { pushMonth } from '../push/push-month';
import { startServer } from '../server';
import { buildStore, rebuildStore } from '../store/build-store';

/**
 * The same measurements on each storage back end: answer latency through the real HTTP endpoint
 * (each turn reads and saves the conversation state in the state store) and push throughput
 * (each delivery is claimed and recorded in the state store; the send itself is a no-op).
 */

export interface StorageFigures {
  readonly answerP50Ms: number;
  readonly answerP99Ms: number;
  readonly pushPerSecond: number;
}

export type StorageSettings = Pick<Config, 'PERFBOT_DB' | 'PERFBOT_STATE_DB' | 'DATABASE_URL' | 'PERFBOT_PG_SCHEMA'>;

const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

async function buildFigures(settings: StorageSettings): Promise<void> {
  const target = metricsTarget(settings);
  if (target.kind === 'sqlite') {
    await buildStore(target.file, SAMPLE_DIR, loadCatalogue());
    return;
  }
  const store = await openMetricsStore(target);
  try {
    await rebuildStore(store, SAMPLE_DIR, loadCatalogue());
  } finally {
    await store.close();
  }
}

async function answerLatency(settings: StorageSettings, turns: number): Promise<number[]> {
  const config: Config = { ...readConfig({ LOG_LEVEL: 'silent', PERFBOT_PUSH_CRON: 'off' }), ...settings, PORT: 0 };
  const server = await startServer(config, () => undefined, { today: () => '2020-02-10', audit: new MemoryAuditLog(), host: '127.0.0.1' });
  const times: number[] = [];
  try {
    const texts = ['charges in Peterborough January 2020', 'and Fenland?', 'dwelling burglary outcome rate South last month', 'what about North?'];
    for (let i = 0; i < turns + 20; i++) {
      const body = {
        type: 'message', id: `b${i}`, channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/unused', deliveryMode: 'expectReplies',
        from: { id: 'user-1', name: 'Bench' }, recipient: { id: 'bot-1', name: 'perfbot' },
        conversation: { id: `bench-${Math.floor(i / 4)}`, conversationType: 'personal' }, text: texts[i % texts.length],
      };
      const t = performance.now();
      const res = await fetch(`http://127.0.0.1:${server.port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      await res.text();
      if (res.status >= 300) throw new Error(`answer failed: HTTP ${res.status}`);
      if (i >= 20) times.push(performance.now() - t);
    }
  } finally {
    await server.close();
  }
  return times.sort((a, b) => a - b);
}

async function pushThroughput(settings: StorageSettings, subscribers: number): Promise<number> {
  const state = await openStateStore(settings);
  try {
    for (let i = 0; i < subscribers; i++) {
      await state.subscribe({ serviceUrl: 'http://127.0.0.1:9', channelId: 'msteams', conversation: { id: `bench-sub-${i}`, isGroup: true, conversationType: 'channel', name: '' } }, 'force');
    }
    const message = { card: { type: 'AdaptiveCard' }, text: 'headlines' };
    const report = await pushMonth(state, () => message, { send: () => Promise.resolve() }, { month: '2020-01', perSecond: 1e9 });
    if (report.sent !== subscribers) throw new Error(`push sent ${report.sent} of ${subscribers}`);
    return Math.round((subscribers / report.elapsedMs) * 1000);
  } finally {
    await state.close();
  }
}

/** Builds the sample into the back end named by `settings`, then measures it. */
export async function benchStorage(settings: StorageSettings, turns = 300, subscribers = 1000): Promise<StorageFigures> {
  await buildFigures(settings);
  const times = await answerLatency(settings, turns);
  return { answerP50Ms: Number(quantile(times, 0.5).toFixed(2)), answerP99Ms: Number(quantile(times, 0.99).toFixed(2)), pushPerSecond: await pushThroughput(settings, subscribers) };
}
