import { renderText } from '../../src/answers/render-text';
import { replyToCard } from '../../cards/reply-card';
import { MAX_CARD_BYTES } from '../../cards/card-shell';
import { allText, jsonBytes, submits } from './card-json';
import { replyTo } from './fixtures';

describe('the clarify card', () => {
  const reply = replyTo('response times in the South last month');
  const card = replyToCard(reply);

  test('asks which figure was meant, with one button per option', () => {
    expect(reply.kind).toBe('clarify');
    expect(allText(card)).toContain('Which did you mean?');
    expect(submits(card).map((a) => a.title)).toEqual(['Median time to attend immediate incidents, South', 'Median time to attend prompt incidents, South']);
  });

  test('each button carries the metric and area it stands for', () => {
    expect(submits(card).map((a) => a.data)).toEqual([
      { perfbot: 'choose', metric: 'response_immediate_median_mins', area: 'south', label: 'Median time to attend immediate incidents, South' },
      { perfbot: 'choose', metric: 'response_prompt_median_mins', area: 'south', label: 'Median time to attend prompt incidents, South' },
    ]);
  });

  test('falls back to the numbered text', () => {
    expect(card).toMatchObject({ version: '1.5', fallbackText: renderText(reply) });
  });
});

describe('the no-data card', () => {
  test('names the latest month and offers it as a button', () => {
    const card = replyToCard(replyTo('burglary in March 2020'));
    expect(allText(card)).toContain('the latest month I hold is January 2020');
    expect(submits(card).map((a) => [a.title, a.data])).toEqual([['Show January 2020', {
      perfbot: 'query',
      query: expect.objectContaining({ metric: 'crimes_dwelling_burglary', areas: [] }),
      change: { kind: 'window', period: { kind: 'month', month: '2020-01' }, monthOnly: false },
    }]]);
  });

  test('offers a rolling rate at its latest month as the same kind of window', () => {
    const card = replyToCard(replyTo('dwelling burglary outcome rate in the 12 months to March 2020'));
    expect(submits(card).map((a) => a.data)).toEqual([{
      perfbot: 'query',
      query: expect.objectContaining({ metric: 'ppo_rate_dwelling_burglary' }),
      change: { kind: 'window', period: { kind: 'rolling12', to: '2020-01' }, monthOnly: false },
    }]);
  });

  test('for a level the metric lacks, offers the reading it has', () => {
    const card = replyToCard(replyTo('data quality pass rate North'));
    expect(allText(card)).toContain('recorded for the whole force only');
    expect(submits(card).map((a) => a.data)).toEqual([{ perfbot: 'choose', metric: 'dq_pass_rate', area: 'force', label: 'Athena data quality pass rate' }]);
  });

  test('for a measure with no figures at all, offers help', () => {
    const card = replyToCard(replyTo('shoplifting'));
    expect(submits(card).map((a) => a.data)).toEqual([{ perfbot: 'help' }]);
  });
});

describe('the unknown card', () => {
  const reply = replyTo('violence victims satisfaction');
  const card = replyToCard(reply);

  test('offers the suggestions as buttons, then help', () => {
    expect(reply.kind).toBe('unknown');
    const data = submits(card).map((a) => a.data);
    expect(data.slice(0, -1).every((d) => d.perfbot === 'choose')).toBe(true);
    expect(data.length).toBeGreaterThan(1);
    expect(data[data.length - 1]).toEqual({ perfbot: 'help' });
  });

  test('does not repeat the suggestions in its text, but the fallback keeps them', () => {
    expect(allText(card)).not.toContain('Did you mean');
    expect(card.fallbackText).toContain('Did you mean');
  });

  test('with nothing to suggest, offers only help', () => {
    expect(submits(replyToCard(replyTo('stop and search'))).map((a) => a.data)).toEqual([{ perfbot: 'help' }]);
  });
});

test.each(['response times', 'burglary in March 2020', 'data quality pass rate North', 'violence victims satisfaction', ''])(
  'the card for "%s" is 1.5, has fallback text and is under 28 KB',
  (question) => {
    const card = replyToCard(replyTo(question));
    expect(card.version).toBe('1.5');
    expect(card.fallbackText.length).toBeGreaterThan(0);
    expect(jsonBytes(card)).toBeLessThan(MAX_CARD_BYTES);
  },
);
