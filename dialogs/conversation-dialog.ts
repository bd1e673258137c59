import { z } from 'zod';
import { ask, askQuery, choose, MAX_QUESTION_LENGTH, type Brain } from '../src/answers/ask';
import { changeSchema, querySchema } from './query-submit';
import type { Reply } from '../src/answers/reply-types';
import type { ConversationState } from '../src/understanding/query';

/**
 * One chat turn, multi-turn clarification included: a message or a card button's submit goes in,
 * what to show comes out, with the conversation's new state. The bot handler stores the state
 * (botbuilder state over pluggable storage) and renders the output as a card.
 */
export type ChatInput =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'submit'; readonly value: unknown };

export type ChatOutput =
  | { readonly kind: 'reply'; readonly reply: Reply }
  | { readonly kind: 'help' }
  | { readonly kind: 'too_long' }
  | { readonly kind: 'subscription'; readonly command: SubscriptionCommand };

export type SubscriptionCommand =
  | { readonly action: 'subscribe'; readonly area?: string }
  | { readonly action: 'unsubscribe' }
  | { readonly action: 'list' };

/** What a card button carries back (Action.Submit data). */
const submitSchema = z.discriminatedUnion('perfbot', [
  z.object({ perfbot: z.literal('ask'), text: z.string().min(1).max(MAX_QUESTION_LENGTH) }),
  z.object({ perfbot: z.literal('choose'), metric: z.string().min(1).max(100), area: z.string().min(1).max(100).optional(), label: z.string().max(300).optional() }),
  z.object({ perfbot: z.literal('help') }),
  z.object({ perfbot: z.literal('query'), query: querySchema, change: changeSchema }),
]);

const HELP = /^(?:help|\?|what can you do\??|commands|menu|start|hi|hello|hey|get started|how do i use this\??)$/i;
const SUBSCRIBE = /^(?:subscribe|sign up|sign me up)(?: to (?:the )?(?:monthly )?headlines)?(?: (?:for )?(.+))?$/i;
const UNSUBSCRIBE = /^(?:unsubscribe|stop(?: (?:the )?headlines)?|opt out)$/i;
const SUBSCRIPTIONS = /^(?:subscriptions|my subscriptions|list subscriptions)$/i;

function command(text: string, brain: Brain): SubscriptionCommand | undefined {
  const t = text.trim().replace(/[.!?]+$/, '');
  if (SUBSCRIPTIONS.test(t)) return { action: 'list' };
  if (UNSUBSCRIBE.test(t)) return { action: 'unsubscribe' };
  const m = SUBSCRIBE.exec(t);
  if (!m) return undefined;
  if (!m[1]) return { action: 'subscribe' };
  const sentence = m[1].toLowerCase().trim();
  const area = brain.catalogue.areas.find((a) => a.id === sentence || a.name.toLowerCase() === sentence || a.synonyms.some((s) => s.toLowerCase() === sentence));
  return area ? { action: 'subscribe', area: area.id } : undefined;
}

export interface DialogTurn {
  readonly output: ChatOutput;
  readonly state: ConversationState;
}

export function runConversationTurn(input: ChatInput, state: ConversationState, today: string, brain: Brain): DialogTurn {
  if (input.kind === 'submit') {
    const parsed = submitSchema.safeParse(input.value);
    if (!parsed.success) return { output: { kind: 'help' }, state };
    const v = parsed.data;
    if (v.perfbot === 'help') return { output: { kind: 'help' }, state };
    if (v.perfbot === 'ask') return runConversationTurn({ kind: 'text', text: v.text }, state, today, brain);
    if (v.perfbot === 'query') {
      const turn = askQuery(v.query, v.change, today, brain);
      return { output: { kind: 'reply', reply: turn.reply }, state: turn.state };
    }
    const turn = choose(v.metric, v.area, v.label ?? v.metric, state, today, brain);
    return { output: { kind: 'reply', reply: turn.reply }, state: turn.state };
  }
  const text = input.text.trim();
  if (text.length > MAX_QUESTION_LENGTH) return { output: { kind: 'too_long' }, state };
  if (HELP.test(text)) return { output: { kind: 'help' }, state };
  const sub = command(text, brain);
  if (sub) return { output: { kind: 'subscription', command: sub }, state };
  const turn = ask(text, state, today, brain);
  return { output: { kind: 'reply', reply: turn.reply }, state: turn.state };
}
