import type { Reply } from '../answers/reply-types';
import { renderText } from '../answers/render-text';
import { STRINGS } from '../strings';
import type { CardJson, CardRenderer } from './card-renderer';

/** A plain Adaptive Card of the reply's text: the fallback when the full card set is not wired in. */
export const plainCardRenderer: CardRenderer = {
  reply(reply: Reply): CardJson {
    return card(renderText(reply));
  },
  help(): CardJson {
    return card([STRINGS.helpIntro, ...STRINGS.helpExamples.map((e) => `• ${e}`)].join('\n'));
  },
  welcome(): CardJson {
    return card(STRINGS.welcome);
  },
};

function card(text: string): CardJson {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    fallbackText: text,
    body: text.split('\n').map((line) => ({ type: 'TextBlock', text: line, wrap: true })),
  };
}
