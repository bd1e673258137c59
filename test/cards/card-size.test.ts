import { adaptiveCard, cardBytes, MAX_CARD_BYTES } from '../../cards/card-shell';
import { text } from '../../cards/elements';
import { cardGallery } from '../../src/tools/card-render/card-gallery';
import { cardProblems } from '../../src/tools/card-render/card-problems';
import { jsonBytes } from './card-json';
import { cardBrain, TODAY } from './fixtures';

describe('card size', () => {
  test.each(cardGallery(cardBrain(), TODAY).map((g) => [g.name, g.card] as const))('the %s card is under 28 KB', (_name, card) => {
    expect(jsonBytes(card)).toBeLessThan(MAX_CARD_BYTES);
    expect(cardBytes(card)).toBe(jsonBytes(card));
  });

  test('a card that would be too big for Teams becomes its fallback text', () => {
    const body = Array.from({ length: 400 }, (_, i) => text(`row ${i} ${'x'.repeat(80)}`));
    const card = adaptiveCard(body, [], 'the short version');
    expect(card.body).toEqual([text('the short version')]);
    expect(cardBytes(card)).toBeLessThan(MAX_CARD_BYTES);
  });
});

describe('what counts as a problem in the SDK\'s events', () => {
  const unknownChart = { phase: 'Parse', event: 'UnknownElementType', message: 'Unknown element type "Chart.Line". Fallback will be used if present.' };
  const chart = (fallback: unknown) => ({ type: 'AdaptiveCard', body: [{ type: 'Chart.Line', data: [], ...(fallback ? { fallback } : {}) }] });

  test('a Teams chart with a fallback is fine', () => {
    expect(cardProblems(chart({ type: 'TextBlock', text: '▁▂▃' }), [unknownChart])).toEqual([]);
  });

  test('a Teams chart without one is a problem', () => {
    expect(cardProblems(chart(undefined), [unknownChart])).toEqual(['Chart.Line is unknown to the SDK and has no fallback']);
  });

  test('any other event is a problem', () => {
    expect(cardProblems(chart(undefined), [{ phase: 'Validation', event: 'InvalidPropertyValue', message: 'bad size' }])).toEqual(['Validation InvalidPropertyValue: bad size']);
  });
});
