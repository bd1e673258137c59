import { ask } from '../../src/answers/ask';
import { toJson } from '../../src/answers/to-json';
import { EMPTY_CONVERSATION } from '../../src/understanding/query';
import { testBrain } from '../helpers/brain';
import { syntheticObservations } from '../helpers/synthetic';

const brain = testBrain(syntheticObservations());
const TODAY = '2020-02-10';

function reply(q: string, today = TODAY) {
  return toJson(ask(q, EMPTY_CONVERSATION, today, brain).reply);
}

describe('never a confident wrong answer', () => {
  test.each([
    "what's the weather tomorrow",
    'who is the chief constable',
    'tell me a joke',
    'book me a meeting room',
    'how many parking tickets were issued',
    'speeding fines last month',
    'asdfghjkl qwerty',
    '12345',
    '!!!???',
    "'; DROP TABLE observations; --",
    '<script>alert(1)</script>',
  ])('"%s" gets no number', (q) => {
    const r = reply(q);
    expect(['unknown', 'clarify']).toContain(r.status);
    expect(r.results).toEqual([]);
    expect(r.text.length).toBeGreaterThan(0);
  });

  test.each(['', '   ', 'hello', 'thanks', 'in January', 'South'])('"%s" on its own gets no number and an invitation to ask', (q) => {
    const r = reply(q);
    expect(r.status).toBe('unknown');
    expect(r.results).toEqual([]);
  });

  test('a message over 2,000 characters is politely refused', () => {
    const r = reply(`burglary ${'x'.repeat(2100)}`);
    expect(r.status).toBe('unknown');
    expect(r.text).toMatch(/too long/);
  });

  test('a question about a figure the catalogue does not hold gets no number, at most three real suggestions, and names what it lacks', () => {
    const r = reply('burglary solving speed index');
    expect(r.status).toBe('unknown');
    expect(r.reason).toBe('unsupported_detail');
    expect(r.results).toEqual([]);
    expect(r.unsupported).toContain('index');
    expect(r.text).toContain('index');
    expect(r.text).not.toMatch(/\d/);
    expect((r.suggestions ?? []).length).toBeGreaterThan(0);
    expect((r.suggestions ?? []).length).toBeLessThanOrEqual(3);
    for (const id of r.suggestions ?? []) expect(brain.catalogue.metric(id)).toBeDefined();
  });

  test.each([
    ['999 calls in Peterborough', 'force'],
    ['101 calls in Cambridge', 'force'],
    ['data quality pass rate South', 'force'],
    ['OoCD outcomes in Fenland', 'force'],
    ['CID live investigations in Huntingdonshire', 'south'],
    ['assets under restraint in the North', 'force'],
  ])('"%s" is a clear no that names the level, offering %s', (q, offered) => {
    const r = reply(q);
    expect(r.status).toBe('no_data');
    expect(r.results).toEqual([]);
    expect(r.options?.[0]?.area).toBe(offered);
    expect(r.text).toMatch(/only/);
  });

  test('an impossible date is not read as a month: the reply quotes it back and gives no figure', () => {
    const r = reply('robbery on 31/02/2019');
    expect(r.status).toBe('unknown');
    expect(r.reason).toBe('invalid_date');
    expect(r.results).toEqual([]);
    expect(r.text).toContain('31/02/2019');
    expect(r.text).toMatch(/not a date that exists/);
  });

  test('the future has no data, and says where the data ends', () => {
    const r = reply('robbery in March 2021');
    expect(r).toMatchObject({ status: 'no_data', latest: '2020-01', results: [] });
  });

  test('ambiguous measures are put as a choice with no number', () => {
    const r = reply('response times');
    expect(r.status).toBe('clarify');
    expect(r.results).toEqual([]);
    expect(r.options?.map((o) => o.metric)).toEqual(expect.arrayContaining(['response_immediate_median_mins', 'response_prompt_median_mins']));
  });
});
