import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import * as path from 'node:path';
import { ask } from '../../answers/ask';
import { cardJson } from '../../../cards/card-shell';
import { replyToCard } from '../../../cards/reply-card';
import { rolling12Window } from '../../domain/window';
import { windowValue } from '../../domain/window-value';
import { PROJECT_ROOT } from '../../io/project-paths';
import { buildSampleStore } from '../../store/build-sample';
import { EMPTY_CONVERSATION, type ConversationState } from '../../understanding/query';
import type { BenchContext, BenchSection, Figure } from './bench-types';
import { publicQuestions } from './public-questions';
import { quantile, round } from './stats';

async function sampleBuild(ctx: BenchContext): Promise<Figure> {
  const db = path.join(ctx.dir, 'build-timing.db');
  const built: number[] = [];
  for (let i = 0; i < 3; i++) {
    rmSync(db, { force: true });
    const t = performance.now();
    await buildSampleStore(db, ctx.catalogue);
    built.push(performance.now() - t);
  }
  return { label: 'sample store build, ms (median of 3)', value: Math.round(built.sort((a, b) => a - b)[1] ?? NaN) };
}

function understandAnswer(ctx: BenchContext): Figure[] {
  const questions = publicQuestions();
  const times: number[] = [];
  const cards: number[] = [];
  for (let round = 0; round < 60; round++) {
    for (const q of questions) {
      let state: ConversationState = EMPTY_CONVERSATION;
      for (const turn of q.turns) {
        const t = performance.now();
        const asked = ask(turn, state, q.today, ctx.brain);
        const answered = performance.now();
        // The card the chat would send, and its JSON (a new card each time: no cache).
        cardJson(replyToCard(asked.reply, { compact: false }));
        state = asked.state;
        if (round >= 10) {
          times.push(answered - t);
          cards.push(performance.now() - answered);
        }
      }
    }
  }
  times.sort((a, b) => a - b);
  cards.sort((a, b) => a - b);
  return [
    { label: 'understand+answer p50, ms', value: round(quantile(times, 0.5), 3) },
    { label: 'understand+answer p99, ms', value: round(quantile(times, 0.99), 3) },
    { label: 'understand+answer turns timed', value: times.length },
    { label: 'reply card and its JSON p50, ms', value: round(quantile(cards, 0.5), 3) },
    { label: 'reply card and its JSON mean, ms', value: round(cards.reduce((t, x) => t + x, 0) / cards.length, 3) },
  ];
}

function warmWindow(ctx: BenchContext): Figure {
  const metric = ctx.catalogue.metric('ppo_rate_all');
  if (!metric) throw new Error('no ppo_rate_all');
  const w = rolling12Window('2020-01');
  for (let i = 0; i < 10000; i++) windowValue(ctx.brain.index, metric, 'force', w);
  const n = 200000;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) windowValue(ctx.brain.index, metric, 'force', w);
  return { label: 'force rolling-12 ratio window, warm, µs', value: round((1000 * (performance.now() - t0)) / n, 3) };
}

function coldAsk(ctx: BenchContext): Figure[] {
  const bin = path.join(PROJECT_ROOT, 'bin', 'perfbot.js');
  const cold: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, [bin, 'ask', '--db', ctx.db, '--today', '2020-02-10', 'dwelling burglary outcome rate South last month'], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`perfbot ask failed: ${r.stderr}`);
    cold.push(performance.now() - t);
  }
  const bare: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    bare.push(performance.now() - t);
  }
  cold.sort((a, b) => a - b);
  bare.sort((a, b) => a - b);
  return [
    { label: 'cold `perfbot ask` (node bin/perfbot.js), ms, median of 7', value: Math.round(quantile(cold, 0.5)), aim: '≤ 350' },
    { label: 'cold `node -e 0` beside it, ms, median of 7', value: Math.round(quantile(bare, 0.5)) },
  ];
}

/** The bench's first figures: sample store build, understand+answer, the warm rolling-12 window, cold `perfbot ask`. */
export const coreSection: BenchSection = {
  name: 'core',
  run: async (ctx) => [await sampleBuild(ctx), ...understandAnswer(ctx), warmWindow(ctx), ...coldAsk(ctx)],
};
