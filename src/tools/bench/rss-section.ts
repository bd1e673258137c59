import { ask } from '../../answers/ask';
import { EMPTY_CONVERSATION, type ConversationState } from '../../understanding/query';
import type { BenchContext, BenchSection, Figure } from './bench-types';
import { publicQuestions } from './public-questions';
import { round, rssMb } from './stats';

const CHECKPOINTS = [10_000, 50_000] as const;

/**
 * Loops the public questions through `ask` (each conversation fresh) and reads the RSS after
 * 10,000 and 50,000 questions (turns): a leak shows as growth between the two.
 */
async function run(ctx: BenchContext): Promise<Figure[]> {
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
        const t = ask(turn, state, q.today, ctx.brain);
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
  const seconds = (performance.now() - started) / 1000;
  const [at10k = NaN, at50k = NaN] = rss;
  if (replies === 0) throw new Error('no replies');
  return [
    { label: `RSS after ${CHECKPOINTS[0].toLocaleString('en-GB')} in-process questions, MB`, value: at10k },
    { label: `RSS after ${CHECKPOINTS[1].toLocaleString('en-GB')} in-process questions, MB`, value: at50k },
    { label: `RSS growth ${CHECKPOINTS[0] / 1000}k → ${CHECKPOINTS[1] / 1000}k questions, MB`, value: round(at50k - at10k, 1), aim: '≈ 0' },
    { label: 'in-process questions/s (RSS loop)', value: Math.round(asked / seconds) },
    { label: 'RSS measured after global.gc', value: typeof gc === 'function' ? 'yes' : 'no (run node --expose-gc)' },
  ];
}

export const rssSection: BenchSection = { name: 'rss', run };
