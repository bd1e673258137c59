import type { Reply } from '../src/answers/reply-types';
import { renderText } from '../src/answers/render-text';
import { STRINGS } from '../src/strings';
import type { AdaptiveCard } from './adaptive-card-types';
import { promptCard } from './prompt-card';
import type { PromptView } from './view-models';

export type ClarifyReply = Extract<Reply, { readonly kind: 'clarify' }>;

/** "Which did you mean?", one button per reading, each carrying the metric and area it stands for. */
export function clarifyView(reply: ClarifyReply): PromptView {
  return {
    title: STRINGS.cards.clarifyTitle,
    text: reply.reason === 'period' ? STRINGS.clarifyPeriod : STRINGS.clarify,
    // A choice of periods is put back as the question itself ("Robbery offences, in 2019"), which reads as that period.
    buttons: reply.options.map((o) => ({
      title: o.label,
      data: reply.reason === 'period' ? { perfbot: 'ask', text: o.label } : { perfbot: 'choose', metric: o.metric.id, area: o.area.id, label: o.label },
    })),
    fallbackText: renderText(reply),
  };
}

export function clarifyCard(view: PromptView): AdaptiveCard {
  return promptCard(view);
}
