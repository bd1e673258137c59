import { fork } from 'node:child_process';
import * as path from 'node:path';
import { ask, type Brain } from '../../answers/ask';
import { EMPTY_CONVERSATION, type ConversationState } from '../../understanding/query';
import type { BenchContext, BenchSection, Figure } from './bench-types';
import { publicQuestions } from './public-questions';
import { round, rssMb } from './stats';

const CHECKPOINTS = [10_000, 50_000] as const;

export interface RssFigures {
  readonly rss: readonly number[];
  readonly asked: number;
  readonly seconds: number;
  readonly gc: boolean;
}

/**
 * Loops the public questions through `ask` (each conversation fresh) and reads the RSS after
 * 10,000 and 50,000 questions (turns): a leak shows as growth between the two.
 */
export async function measureRss(brain: Brain): Promise<RssFigures> {
  const questions = publicQuestions();
  const rss: number[] = [];
  let asked = 0;
  let replies = 0;
  const started = performance.now();
  const last = CHECKPOINTS[CHECKPOINTS.length - 1] ?? 0;
  while (asked < last) {
    for (const q of questions) {
      let state: ConversationState = EMPTY_CONVERSATION;
      for (const turn of q.turns) {
        const t = ask(turn, state, q.today, brain);
        state = t.state;
        replies += t.reply.kind.length;
        asked++;
        if ((CHECKPOINTS as readonly number[]).includes(asked)) rss.push(rssMb());
      }
      if (asked >= last) break;
    }
    // Let pending callbacks and timers run between rounds, as a server would.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  if (replies === 0) throw new Error('no replies');
  return { rss, asked, seconds: (performance.now() - started) / 1000, gc: typeof gc === 'function' };
}

/** In a process of its own (with --expose-gc), so the figure is a perfbot brain's, not the bench's. */
function inChild(db: string): Promise<RssFigures> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, 'rss-child.js'), [db], { execArgv: ['--expose-gc'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    let figures: RssFigures | undefined;
    child.once('message', (m: RssFigures) => (figures = m));
    child.once('error', reject);
    child.once('exit', (code) => (figures && code === 0 ? resolve(figures) : reject(new Error(`the memory run stopped with ${code}`))));
  });
}

async function run(ctx: BenchContext): Promise<Figure[]> {
  const { rss, asked, seconds, gc: collected } = await inChild(ctx.db);
  const [at10k = NaN, at50k = NaN] = rss;
  return [
    { label: `RSS after ${CHECKPOINTS[0].toLocaleString('en-GB')} questions (own process), MB`, value: at10k, aim: '≤ 200' },
    { label: `RSS after ${CHECKPOINTS[1].toLocaleString('en-GB')} questions (own process), MB`, value: at50k, aim: '≤ 200' },
    { label: `RSS growth ${CHECKPOINTS[0] / 1000}k → ${CHECKPOINTS[1] / 1000}k questions, MB`, value: round(at50k - at10k, 1), aim: '≈ 0' },
    { label: 'in-process questions/s (RSS loop)', value: Math.round(asked / seconds) },
    { label: 'RSS measured after global.gc', value: collected ? 'yes' : 'no' },
  ];
}

export const rssSection: BenchSection = { name: 'rss', run };
