import type { AdaptiveCard, ActionSet, CardElement } from './adaptive-card-types';
import { adaptiveCard } from './card-shell';
import { submit, text } from './elements';
import type { ButtonView, PromptView } from './view-models';

/** Buttons one under another, so long labels ("Median time to attend immediate incidents, South") are not cut short. */
export function stackedButtons(views: readonly ButtonView[], firstSpacing: 'Small' | 'Medium' = 'Medium'): ActionSet[] {
  return views.map((b, i) => ({ type: 'ActionSet', spacing: i === 0 ? firstSpacing : 'Small', actions: [submit(b.title, b.data)] }));
}

/** Clarify, no-data and unknown replies share one layout: a heading, the message, the next steps. */
export function promptCard(view: PromptView): AdaptiveCard {
  const body: CardElement[] = [
    text(view.title, { size: 'Medium', weight: 'Bolder', style: 'heading' }),
    text(view.text, { spacing: 'Small' }),
    ...(view.buttonsTitle ? [text(view.buttonsTitle, { size: 'Small', weight: 'Bolder', isSubtle: true, spacing: 'Medium' })] : []),
    ...stackedButtons(view.buttons, view.buttonsTitle ? 'Small' : 'Medium'),
  ];
  return adaptiveCard(body, [], view.fallbackText);
}
