import { serialiseBody } from '../../src/bot/json-body';
import { cardJson, knownCardJson } from '../../cards/card-shell';
import { helpCard, helpView } from '../../cards/help-card';
import { loadCatalogue } from '../../src/io/load-catalogue';

const catalogue = loadCatalogue();

function message(content: object, text = 'summary'): Record<string, unknown> {
  return { type: 'message', summary: text, attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content }], inputHint: 'acceptingInput' };
}

describe('an expectReplies body serialised with the cards written once', () => {
  const card = helpCard(helpView(catalogue.catalogue));

  test('is the very text JSON.stringify makes of the body, with a card made by the card shell', () => {
    expect(knownCardJson(card)).toBeDefined();
    const body = { activities: [message(card), { type: 'message', text: 'and a line "quoted"\n' }, message(card, 'again')] };
    expect(serialiseBody(body, knownCardJson)).toBe(JSON.stringify(body));
  });

  test('the card JSON read back is the text of the card as it is now', () => {
    expect(JSON.parse(cardJson(card))).toEqual(JSON.parse(JSON.stringify(card)));
  });

  test('cards not made by the shell, plain replies and bodies of other shapes are serialised whole', () => {
    const own = { type: 'AdaptiveCard', version: '1.5', body: [] };
    for (const body of [{ activities: [message(own)] }, { activities: [{ type: 'message', text: 'echo' }] }, { error: 'not authenticated' }, { activities: 'none' }, [1, 2]]) {
      expect(serialiseBody(body, knownCardJson)).toBe(JSON.stringify(body));
    }
  });

  test('a message that holds what looks like a slot is still serialised as it is', () => {
    // Whatever the slot text is, a reader that says every object is a known card with other JSON shows whether slots leak.
    const body = { activities: [message({ a: 1 }, 'x'), { type: 'message', text: '"perfbot-card-' }] };
    const out = serialiseBody(body, () => '{"a":1}');
    expect(out).toBe(JSON.stringify(body));
  });
});
