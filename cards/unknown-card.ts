import type { Reply } from '../src/answers/reply-types';
import { renderText } from '../src/answers/render-text';
import { STRINGS } from '../src/strings';
import type { AdaptiveCard } from './adaptive-card-types';
import { promptCard } from './prompt-card';
import type { PromptView } from './view-models';

export type UnknownReply = Extract<Reply, { readonly kind: 'unknown' }>;

/** The message without its "Did you mean …?": the card offers those as buttons instead. */
function message(reply: UnknownReply): string {
  if (reply.reason !== 'not_a_metric' || reply.suggestions.length === 0) return renderText(reply);
  return `${STRINGS.unknown(reply.question.trim().slice(0, 120))} ${STRINGS.unknownHint}`;
}

/** What was not understood, the measures it may have meant as buttons, and help. */
export function unknownView(reply: UnknownReply): PromptView {
  const suggestions = reply.suggestions.map((m) => ({ title: m.name, data: { perfbot: 'choose', metric: m.id, label: m.name } as const }));
  return {
    title: STRINGS.cards.unknownTitle,
    text: message(reply),
    ...(suggestions.length > 0 ? { buttonsTitle: STRINGS.cards.suggestionsTitle } : {}),
    buttons: [...suggestions, { title: STRINGS.buttons.help, data: { perfbot: 'help' } }],
    fallbackText: renderText(reply),
  };
}

export function unknownCard(view: PromptView): AdaptiveCard {
  return promptCard(view);
}
