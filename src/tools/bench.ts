import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ask } from '../answers/ask';
import { rolling12Window } from '../domain/window';
import { windowValue } from '../domain/window-value';
import { loadBrain } from '../io/load-brain';
import { loadCatalogue } from '../io/load-catalogue';
import { PROJECT_ROOT } from '../io/project-paths';
import { buildSampleStore } from '../store/build-sample';
import { EMPTY_CONVERSATION, type ConversationState } from '../understanding/query';

/** `npm run bench`: prints a table of timings and writes bench-results.json. Figures, not pass/fail. */

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

interface Question {
  readonly today: string;
  readonly turns: readonly string[];
}

function publicQuestions(): Question[] {
  const file = path.join(PROJECT_ROOT, '..', 'shared', 'eval', 'questions.jsonl');
  if (!existsSync(file)) return [{ today: '2020-02-10', turns: ['dwelling burglary outcome rate South last month'] }, { today: '2020-02-10', turns: ['charges in January', 'what about December?'] }];
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
    const c = JSON.parse(l) as { today: string; q?: string; conv?: string[] };
    return { today: c.today, turns: c.conv ?? [c.q ?? ''] };
  });
}

async function main(): Promise<void> {
  const results: Record<string, number | string> = {};
  const dir = mkdtempSync(path.join(tmpdir(), 'perfbot-bench-'));
  try {
    const catalogue = loadCatalogue();
    const db = path.join(dir, 'bench.db');
    const built: number[] = [];
    for (let i = 0; i < 3; i++) {
      rmSync(db, { force: true });
      const t = performance.now();
      await buildSampleStore(db, catalogue);
      built.push(performance.now() - t);
    }
    results['sample store build, ms (median of 3)'] = Math.round(built.sort((a, b) => a - b)[1] ?? NaN);

    const brain = await loadBrain({ db, env: {}, log: () => undefined });
    const questions = publicQuestions();
    const times: number[] = [];
    for (let round = 0; round < 60; round++) {
      for (const q of questions) {
        let state: ConversationState = EMPTY_CONVERSATION;
        for (const turn of q.turns) {
          const t = performance.now();
          state = ask(turn, state, q.today, brain).state;
          if (round >= 10) times.push(performance.now() - t);
        }
      }
    }
    times.sort((a, b) => a - b);
    results['understand+answer p50, ms'] = Number(quantile(times, 0.5).toFixed(3));
    results['understand+answer p99, ms'] = Number(quantile(times, 0.99).toFixed(3));
    results['understand+answer turns timed'] = times.length;

    const metric = catalogue.metric('ppo_rate_all');
    if (!metric) throw new Error('no ppo_rate_all');
    const w = rolling12Window('2020-01');
    for (let i = 0; i < 10000; i++) windowValue(brain.index, metric, 'force', w);
    const n = 200000;
    const t0 = performance.now();
    for (let i = 0; i < n; i++) windowValue(brain.index, metric, 'force', w);
    results['force rolling-12 ratio window, warm, µs'] = Number(((1000 * (performance.now() - t0)) / n).toFixed(3));

    const bin = path.join(PROJECT_ROOT, 'bin', 'perfbot.js');
    const cold: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t = performance.now();
      const r = spawnSync(process.execPath, [bin, 'ask', '--db', db, '--today', '2020-02-10', 'dwelling burglary outcome rate South last month'], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`perfbot ask failed: ${r.stderr}`);
      cold.push(performance.now() - t);
    }
    cold.sort((a, b) => a - b);
    results['cold `perfbot ask` (node bin/perfbot.js), ms, median of 7'] = Math.round(quantile(cold, 0.5));
    results['RSS after the run, MB'] = Math.round(process.memoryUsage().rss / 1e6);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const width = Math.max(...Object.keys(results).map((k) => k.length));
  for (const [k, v] of Object.entries(results)) process.stdout.write(`${k.padEnd(width)}  ${v}\n`);
  writeFileSync(path.join(PROJECT_ROOT, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${(err as Error).message}\n`);
  process.exitCode = 1;
});
