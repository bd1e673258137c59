import { renderText } from '../../src/answers/render-text';
import type { AdaptiveCard } from '../../cards/adaptive-card-types';
import { MAX_CARD_BYTES } from '../../cards/card-shell';
import { replyToCard } from '../../cards/reply-card';
import { allText, jsonBytes, ofType, submitData, textBlocks } from './card-json';
import { replyTo } from './fixtures';

function cardFor(question: string): AdaptiveCard {
  return replyToCard(replyTo(question), {});
}

const NBSP = '\u00a0';

/** The colour of the change shown in the row titled `title` ("Last year"). */
function changeColour(card: AdaptiveCard, title: string): string | undefined {
  const row = ofType(card, 'ColumnSet').find((cs) => JSON.stringify(cs).includes(`"text":"${title}"`));
  const blocks = row ? textBlocks(row) : [];
  return blocks.find((b) => /^[▲▼]\u00a0/.test(b.text) || b.text === `no${NBSP}change`)?.color;
}

/** The change in the row titled `title`, its no-break spaces read as spaces. */
function changeText(card: AdaptiveCard, title: string): string | undefined {
  const row = ofType(card, 'ColumnSet').find((cs) => JSON.stringify(cs).includes(`"text":"${title}"`));
  return (row ? textBlocks(row) : []).find((b) => /^[▲▼]\u00a0|^no\u00a0change$/.test(b.text))?.text.replace(/\u00a0/g, ' ');
}

describe('the answer card for an outcome rate', () => {
  const reply = replyTo('dwelling burglary outcome rate South');
  const card = replyToCard(reply, {});

  test('keeps each change and each earlier value on one line (no-break spaces, never an ordinary space)', () => {
    const changes = textBlocks(card).filter((b) => /^[▲▼]|^was|^no.change/.test(b.text));
    expect(changes.length).toBeGreaterThanOrEqual(8);
    for (const b of changes) expect(b.text).not.toContain(' ');
  });

  test('is an Adaptive Card 1.5, full width in Teams, with the reply as its fallback text', () => {
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5', msteams: { width: 'Full' } });
    expect(card.fallbackText).toBe(renderText(reply));
  });

  test('is titled with the metric, the area and the window in words', () => {
    expect(allText(card)).toContain('Dwelling burglary prosecution possible outcome rate');
    expect(allText(card)).toContain('South · 12 months to January 2020');
  });

  test('shows the rate large, with its numerator and denominator', () => {
    expect(textBlocks(card).some((t) => /^\d+\.\d%$/.test(t.text))).toBe(true);
    expect(allText(card)).toMatch(/\d+ outcomes \/ \d[\d,]* burglaries recorded/);
  });

  test('gives changes in percentage points, a rising rate in green', () => {
    expect(changeText(card, 'Last year')).toMatch(/^▲ \d+\.\dppt$/);
    expect(changeColour(card, 'Last year')).toBe('Good');
  });

  test('compares with the previous 12 months, last year, March year end and the long-term average', () => {
    for (const title of ['Previous', 'Last year', 'March year end', 'Long-term average']) expect(changeText(card, title)).toBeDefined();
  });

  test('says how recent the data is', () => {
    expect(allText(card)).toContain('Data to end of January 2020.');
  });

  test('draws a 13-month Chart.Line with a text fallback', () => {
    const [chart] = ofType(card, 'Chart.Line');
    expect(chart).toBeDefined();
    expect(JSON.stringify(chart?.data)).toContain('"x":"Jan 20"');
    expect((chart?.data as { values: unknown[] }[])[0]?.values).toHaveLength(13);
    expect(chart?.fallback).toMatchObject({ type: 'Container' });
    expect(JSON.stringify(chart?.fallback)).toMatch(/[▁▂▃▄▅▆▇█]{13}/);
  });

  test('keeps the definition behind a button', () => {
    const [show] = ofType(card, 'Action.ShowCard');
    expect(show).toMatchObject({ title: 'Definition' });
    expect(JSON.stringify(show)).toContain(reply.kind === 'answer' ? reply.results[0]?.metric.definition : 'none');
  });

  test('offers "By district", "Trend", "vs last year", a ranking and what drove it, each carrying the reading and its change', () => {
    const reading = { metric: 'ppo_rate_dwelling_burglary', areas: ['south'], period: { kind: 'rolling12', to: '2020-01' }, monthOnly: false, comparisons: [], wantsSeries: false };
    expect(submitData(card)).toEqual([
      { perfbot: 'query', query: expect.objectContaining(reading), change: { kind: 'breakdown', breakdown: 'districts' } },
      { perfbot: 'query', query: expect.objectContaining(reading), change: { kind: 'trend' } },
      { perfbot: 'query', query: expect.objectContaining(reading), change: { kind: 'compare', comparison: 'last_year' } },
      { perfbot: 'query', query: expect.objectContaining(reading), change: { kind: 'rank', order: 'worst', level: 'district' } },
      { perfbot: 'query', query: expect.objectContaining(reading), change: { kind: 'drivers' } },
    ]);
  });

  test(`is under ${MAX_CARD_BYTES} bytes`, () => {
    expect(jsonBytes(card)).toBeLessThan(MAX_CARD_BYTES);
  });
});

describe('colours follow the polarity of the metric', () => {
  test.each([
    // burglary rose on a year ago: bad news for a crime count
    ['burglary last month', 'Last year', '▲', 'Attention'],
    // and fell on December: good news
    ['burglary last month', 'Previous', '▼', 'Good'],
    // robbery fell on a year ago
    ['robbery last month', 'Last year', '▼', 'Good'],
    // a faster response is good
    ['immediate response time last month', 'Last year', '▼', 'Good'],
    // domestic abuse is neutral: recorded rises may be better reporting
    ['DA crimes last month', 'Last year', '▲', 'Default'],
  ])('"%s": the %s change (%s) is %s', (question, title, arrow, colour) => {
    const card = cardFor(question);
    expect(changeText(card, title)?.startsWith(arrow)).toBe(true);
    expect(changeColour(card, title)).toBe(colour);
  });

  test('a count gives its change as a number and a percentage, not ppt', () => {
    expect(changeText(cardFor('burglary last month'), 'Last year')).toMatch(/^▲ \d+ \(\d+\.\d%\)$/);
  });

  test('a change too small to see is "no change" in the default colour', () => {
    const card = cardFor('robbery in January 2020');
    expect(changeText(card, 'Previous')).toBe('no change');
    expect(changeColour(card, 'Previous')).toBe('Default');
  });
});

describe('answers the card shapes differently', () => {
  test('a question for the trend lists every month in the chart fallback, and drops the Trend button', () => {
    const card = cardFor('immediate response time trend');
    const [chart] = ofType(card, 'Chart.Line');
    expect(ofType(chart?.fallback, 'FactSet').flatMap((f) => f.facts as unknown[])).toHaveLength(13);
    expect(submitData(card).map((d) => (d.perfbot === 'ask' ? d.text : ''))).not.toContainEqual(expect.stringMatching(/trend$/));
  });

  test('a median over several months shows each month instead of one number', () => {
    const card = cardFor('immediate response times between June and December 2019');
    expect(allText(card)).toContain('Medians are not added across months');
    expect(textBlocks(card).some((t) => /^\d+\.\d minutes$/.test(t.text))).toBe(false);
    expect(ofType(card, 'Chart.Line')).toHaveLength(1);
  });

  test('"vs last year" puts that comparison first and in bold, and drops its button', () => {
    const card = cardFor('DA crimes last month vs last year');
    const rows = ofType(card, 'ColumnSet').filter((cs) => /"text":"(Previous|Last year|March year end)"/.test(JSON.stringify(cs)));
    expect(JSON.stringify(rows[0])).toContain('"text":"Last year","wrap":true,"weight":"Bolder"');
    expect(submitData(card).some((d) => d.perfbot === 'ask' && d.text.endsWith('vs last year'))).toBe(false);
  });

  test('a force-only metric has no "By area" button', () => {
    const card = cardFor('data quality pass rate');
    expect(card.fallbackText).toMatch(/Athena data quality pass rate/);
    expect(ofType(card, 'Action.Submit').map((a) => a.title)).not.toContain('By area');
  });
});
