import type { AdaptiveCard, CardAction, CardElement, SubmitAction } from './adaptive-card-types';
import { showCard, submit, text } from './elements';
import type { ButtonView, DefinitionView } from './view-models';

/** Teams refuses cards over 28 KB; perfbot's stay well under. */
export const MAX_CARD_BYTES = 28 * 1024;

export function cardBytes(card: AdaptiveCard): number {
  return new TextEncoder().encode(JSON.stringify(card)).length;
}

/** The JSON of each card made here, written once (to check its size) and read again by whoever sends it. */
const JSON_OF = new WeakMap<object, string>();

/** A card's JSON, serialised once per card: `JSON.stringify(card)`, the same text every time. */
export function cardJson(card: AdaptiveCard): string {
  let json = JSON_OF.get(card);
  if (json === undefined) {
    json = JSON.stringify(card);
    JSON_OF.set(card, json);
  }
  return json;
}

/** The JSON already written for a card made by `adaptiveCard`, if this object is one. */
export function knownCardJson(card: object): string | undefined {
  return JSON_OF.get(card);
}

/** Whether the card's UTF-8 JSON fits in `limit` bytes; encoded only when it might not (a character is at most 3 bytes). */
function fitsIn(card: AdaptiveCard, limit: number): boolean {
  const json = cardJson(card);
  return json.length * 3 <= limit || new TextEncoder().encode(json).length <= limit;
}

export function buttons(views: readonly ButtonView[]): SubmitAction[] {
  return views.map((b) => submit(b.title, b.data));
}

/** The definition behind a button, shown in place when pressed. */
export function definitionAction(d: DefinitionView): CardAction {
  return showCard(d.button, [
    text(d.heading, { weight: 'Bolder' }),
    text(d.text, { size: 'Small', spacing: 'Small' }),
    ...(d.source ? [text(d.source, { size: 'Small', isSubtle: true })] : []),
  ]);
}

function plainCard(fallbackText: string): AdaptiveCard {
  return envelope([text(fallbackText.slice(0, 4000))], [], fallbackText.slice(0, 4000));
}

function envelope(body: readonly CardElement[], actions: readonly CardAction[], fallbackText: string): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    fallbackText,
    body,
    ...(actions.length > 0 ? { actions } : {}),
    msteams: { width: 'Full' },
  };
}

/** A whole card; one that would be too big for Teams becomes its fallback text instead. */
export function adaptiveCard(body: readonly CardElement[], actions: readonly CardAction[], fallbackText: string): AdaptiveCard {
  const card = envelope(body, actions, fallbackText);
  return fitsIn(card, MAX_CARD_BYTES) ? card : plainCard(fallbackText);
}
