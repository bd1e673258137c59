import { ask, type Brain } from '../../src/answers/ask';
import { toJson, type JsonReply } from '../../src/answers/to-json';
import { EMPTY_CONVERSATION } from '../../src/understanding/query';

/** Plays the turns as one conversation (each with the state the one before left) and returns the last reply's JSON. */
export function lastReplyOf(brain: Brain, today: string, turns: readonly string[]): JsonReply {
  let state = EMPTY_CONVERSATION;
  let last: JsonReply | undefined;
  for (const t of turns) {
    const turn = ask(t, state, today, brain);
    state = turn.state;
    last = toJson(turn.reply);
  }
  if (!last) throw new Error('no turns');
  return last;
}
