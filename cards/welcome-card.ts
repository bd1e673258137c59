import { STRINGS } from '../src/strings';
import type { AdaptiveCard, CardElement } from './adaptive-card-types';
import { adaptiveCard } from './card-shell';
import { text } from './elements';
import { exampleButtons } from './help-card';
import { stackedButtons } from './prompt-card';
import type { WelcomeView } from './view-models';

const WELCOME_EXAMPLES = 3;

export function welcomeView(): WelcomeView {
  return {
    title: STRINGS.cards.welcomeTitle,
    body: STRINGS.cards.welcomeBody,
    tryTitle: STRINGS.cards.welcomeTry,
    examples: [...exampleButtons(STRINGS.helpExamples.slice(0, WELCOME_EXAMPLES)), { title: STRINGS.buttons.help, data: { perfbot: 'help' } }],
    fallbackText: STRINGS.welcome,
  };
}

/** The first card in a new chat: who perfbot is, and a few questions to press. */
export function welcomeCard(view: WelcomeView = welcomeView()): AdaptiveCard {
  const body: CardElement[] = [
    text(view.title, { size: 'Medium', weight: 'Bolder', style: 'heading' }),
    text(view.body, { spacing: 'Small' }),
    text(view.tryTitle, { size: 'Small', isSubtle: true, spacing: 'Medium' }),
    ...stackedButtons(view.examples, 'Small'),
  ];
  return adaptiveCard(body, [], view.fallbackText);
}
