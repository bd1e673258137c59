import { loadCatalogue } from '../../src/io/load-catalogue';
import { STRINGS } from '../../src/strings';
import { MAX_CARD_BYTES } from '../../cards/card-shell';
import { helpCard, helpView } from '../../cards/help-card';
import { replyToCard } from '../../cards/reply-card';
import { welcomeCard } from '../../cards/welcome-card';
import { allText, jsonBytes, ofType, submitData, submits, textBlocks } from './card-json';
import { replyTo } from './fixtures';

describe('the help card', () => {
  const catalogue = loadCatalogue();
  const card = helpCard(helpView(catalogue));

  test('says what perfbot answers, with the examples as buttons that ask them', () => {
    expect(allText(card)).toContain(STRINGS.helpIntro);
    expect(submitData(card)).toEqual(STRINGS.helpExamples.map((text) => ({ perfbot: 'ask', text })));
  });

  test('lists every measure in the catalogue under its theme', () => {
    const text = allText(card);
    for (const theme of new Set(catalogue.metrics.map((m) => m.theme))) expect(text).toContain(theme);
    for (const m of catalogue.metrics) expect(text).toContain(m.name);
  });

  test('names the places and the periods, each with its lead-in in bold', () => {
    expect(allText(card)).toContain(STRINGS.helpPlaces.replace(/^Places:/, '**Places:**'));
    expect(allText(card)).toContain(STRINGS.helpPeriods.replace(/^Periods:/, '**Periods:**'));
  });

  test('is 1.5, has fallback text and is under 28 KB', () => {
    expect(card).toMatchObject({ version: '1.5', msteams: { width: 'Full' } });
    expect(card.fallbackText).toContain(STRINGS.helpExamples[0]);
    expect(jsonBytes(card)).toBeLessThan(MAX_CARD_BYTES);
  });
});

describe('the welcome card', () => {
  const card = welcomeCard();

  test('greets, and offers a few questions and help', () => {
    expect(allText(card)).toContain(STRINGS.cards.welcomeTitle);
    const data = submitData(card);
    expect(data[data.length - 1]).toEqual({ perfbot: 'help' });
    expect(data.filter((d) => d.perfbot === 'ask').length).toBeGreaterThan(0);
    expect(card.fallbackText).toBe(STRINGS.welcome);
  });
});

describe('the compact card for group chats and meetings', () => {
  test('holds the number, the change and one line of context, and no buttons', () => {
    const reply = replyTo('burglary last month');
    const card = replyToCard(reply, { compact: true });
    const texts = textBlocks(card);
    expect(texts[0]?.text).toMatch(/^\d+$/);
    expect(texts.some((t) => t.text.startsWith('▼') && t.color === 'Good')).toBe(true);
    expect(texts[texts.length - 1]?.text).toBe('Dwelling burglary offences · Cambridgeshire · January 2020. Data to end of January 2020. Read as: Dwelling burglary offences · Cambridgeshire · January 2020.');
    expect(submits(card)).toHaveLength(0);
    expect(ofType(card, 'Action.ShowCard')).toHaveLength(0);
    expect(ofType(card, 'Chart.Line')).toHaveLength(0);
  });

  test('names the change the question asked for', () => {
    const texts = textBlocks(replyToCard(replyTo('burglary last month vs last year'), { compact: true }));
    expect(texts.some((t) => t.text.startsWith('▲') && t.color === 'Attention')).toBe(true);
    expect(texts.some((t) => t.text === 'Last year · January 2019')).toBe(true);
  });

  test('gives several areas a line each', () => {
    const card = replyToCard(replyTo('dwelling burglary outcome rate North vs South'), { compact: true });
    expect(ofType(card, 'ColumnSet')).toHaveLength(2);
    expect(allText(card)).toMatch(/North[\s\S]*South/);
    expect(jsonBytes(card)).toBeLessThan(2048);
  });

  test('other replies keep their own card', () => {
    expect(submits(replyToCard(replyTo('response times'), { compact: true }))).toHaveLength(2);
  });
});
