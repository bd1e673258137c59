import { readFileSync } from 'node:fs';
import { ask } from '../../answers/ask';
import { renderText } from '../../answers/render-text';
import { toJson } from '../../answers/to-json';
import type { ConversationState } from '../../understanding/query';
import { EMPTY_CONVERSATION } from '../../understanding/query';
import { loadBrain, loadBrainForQuestion } from '../../io/load-brain';
import { parseArgs } from '../args';
import type { Command, CommandIo } from '../command-types';

const USAGE = 'usage: perfbot ask [--json] [--today YYYY-MM-DD] [--db FILE] (--batch FILE | "question")';

interface AskArgs {
  readonly json: boolean;
  readonly today?: string;
  readonly db?: string;
  readonly batch?: string;
  readonly question: string;
}

function parseAskArgs(argv: readonly string[]): AskArgs | string {
  const parsed = parseArgs(argv, { options: ['today', 'db', 'batch'], flags: ['json'] });
  if (parsed.kind === 'usage') return parsed.message;
  const { options, flags, positionals } = parsed.args;
  const json = flags.has('json');
  const today = options.get('today');
  const db = options.get('db');
  const batch = options.get('batch');
  const words = positionals;
  if (today !== undefined && !/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(today)) return `--today must be a date as YYYY-MM-DD, not "${today}"`;
  const question = words.join(' ');
  if (batch === undefined && question.trim() === '') return 'no question given';
  if (batch !== undefined && question.trim() !== '') return 'give either --batch FILE or a question, not both';
  return { json, question, ...(today ? { today } : {}), ...(db ? { db } : {}), ...(batch ? { batch } : {}) };
}

/** `perfbot ask`: one question, or a batch of conversations (a blank line starts a new one). */
async function runAsk(argv: readonly string[], io: CommandIo): Promise<number> {
  const args = parseAskArgs(argv);
  if (typeof args === 'string') {
    io.stderr(`perfbot ask: ${args}\n${USAGE}\n`);
    return 2;
  }
  let lines: string[];
  if (args.batch !== undefined) {
    try {
      lines = readFileSync(args.batch, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
    } catch (err) {
      io.stderr(`perfbot ask: cannot read ${args.batch}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
      return 2;
    }
    if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  } else {
    lines = [args.question];
  }
  const today = args.today ?? io.today;
  const source = { env: io.config, ...(args.db ? { db: args.db } : {}), log: io.stderr };
  // One question reads only its metric's rows; a batch reads them all, once.
  const brain = lines.length === 1 && lines[0] !== undefined ? await loadBrainForQuestion(source, lines[0], today) : await loadBrain(source);
  let state: ConversationState = EMPTY_CONVERSATION;
  const out: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') {
      state = EMPTY_CONVERSATION;
      continue;
    }
    const turn = ask(line, state, today, brain);
    state = turn.state;
    out.push(args.json ? JSON.stringify(toJson(turn.reply)) : `${renderText(turn.reply)}${args.batch ? '\n' : ''}`);
  }
  io.stdout(out.length ? `${out.join('\n')}\n` : '');
  return 0;
}

export const askCommand: Command = {
  name: 'ask',
  summary: 'answer a question about a performance figure (text, or --json per ask-contract.md)',
  usage: USAGE,
  run: runAsk,
};
