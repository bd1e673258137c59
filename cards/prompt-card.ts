import type { AdaptiveCard, CardElement, Container } from './adaptive-card-types';
import { adaptiveCard } from './card-shell';
import { tapRow, text } from './elements';
import type { ButtonView, PromptView } from './view-models';

/** Questions to press, one under another, wrapping, so long ones ("Median time to attend immediate incidents, South") are not cut short. */
export function stackedButtons(views: readonly ButtonView[], firstSpacing: 'Small' | 'Medium' = 'Medium'): Container[] {
  return views.map((b, i) => tapRow(b.title, b.data, i === 0 ? firstSpacing : 'Small'));
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
