import type { CatalogueIndex } from '../domain/catalogue';
import type { ObservationIndex } from '../domain/observation-index';
import { interpret } from '../understanding/interpret';
import type { ConversationState } from '../understanding/query';
import { understand, type UnderstandingDeps } from '../understanding/understand';
import { answerQuery } from './answer-query';
import { optionLabel } from './option-label';
import type { Reply } from './reply-types';

/** Everything answering needs, built once at start-up. */
export interface Brain extends UnderstandingDeps {
  readonly catalogue: CatalogueIndex;
  readonly index: ObservationIndex;
}

export const MAX_QUESTION_LENGTH = 2000;

export interface Turn {
  readonly reply: Reply;
  readonly state: ConversationState;
}

/** One turn of a conversation: the question, with what the conversation knew, to a reply and what it now knows. */
export function ask(question: string, state: ConversationState, today: string, brain: Brain): Turn {
  if (question.length > MAX_QUESTION_LENGTH) return { reply: { kind: 'unknown', question: question.slice(0, 200), suggestions: [], reason: 'too_long' }, state };
  const u = understand(question, today, brain);
  const meaning = interpret(u, state, brain.catalogue, brain.vocabulary);
  switch (meaning.kind) {
    case 'query': {
      const reply = answerQuery(meaning.query, question, { catalogue: brain.catalogue, index: brain.index, today });
      return { reply, state: { last: meaning.query } };
    }
    case 'clarify': {
      const area = brain.catalogue.area(meaning.pending.areas[0] ?? '') ?? brain.catalogue.force;
      const options = meaning.options.map((metric) => ({ metric, area, label: optionLabel(metric, area) }));
      const pending = { options: meaning.options.map((m) => m.id), query: meaning.pending };
      return { reply: { kind: 'clarify', question, options, reason: 'metric' }, state: { ...(state.last ? { last: state.last } : {}), pending } };
    }
    case 'unknown':
      return { reply: { kind: 'unknown', question, suggestions: meaning.suggestions, reason: meaning.reason, ...(meaning.detail ? { detail: meaning.detail } : {}) }, state: state.last ? { last: state.last } : {} };
  }
}
