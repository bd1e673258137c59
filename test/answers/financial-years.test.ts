import { ask } from '../../src/answers/ask';
import { toJson, type JsonReply } from '../../src/answers/to-json';
import { EMPTY_CONVERSATION } from '../../src/understanding/query';
import { testBrain } from '../helpers/brain';
import { syntheticObservations } from '../helpers/synthetic';

/**
 * ask-contract.md, "Financial years at their edges": one calendar decides every financial-year
 * phrase, and they agree at every date. Figures run to January 2020. The expected windows below
 * are worked out by hand from the dates (a month counts once it has ended).
 */
const brain = testBrain(syntheticObservations());

function reply(q: string, today: string): JsonReply {
  return toJson(ask(q, EMPTY_CONVERSATION, today, brain).reply);
}

type Expect = readonly [string, string] | 'not started';

/** Per date: the last complete financial year, the year to date, the calendar year before. */
const DATES: ReadonlyArray<readonly [string, { last: readonly [string, string]; current: Expect; currentName: string; lastName: string }]> = [
  ['2019-03-31', { last: ['2017-04', '2018-03'], current: ['2018-04', '2019-02'], currentName: '2018/19', lastName: '2017/18' }],
  ['2019-04-01', { last: ['2018-04', '2019-03'], current: 'not started', currentName: '2019/20', lastName: '2018/19' }],
  ['2019-04-15', { last: ['2018-04', '2019-03'], current: 'not started', currentName: '2019/20', lastName: '2018/19' }],
  ['2019-04-30', { last: ['2018-04', '2019-03'], current: 'not started', currentName: '2019/20', lastName: '2018/19' }],
  ['2019-05-02', { last: ['2018-04', '2019-03'], current: ['2019-04', '2019-04'], currentName: '2019/20', lastName: '2018/19' }],
];

const LAST_YEAR_PHRASES = ['last financial year', 'previous financial year', 'last FY', 'year end', 'March year end', 'at year end'];
const CURRENT_PHRASES = ['this financial year', 'year to date', 'YTD', 'FYTD', 'this year', 'so far this year', 'current financial year'];

describe.each(DATES)('on %s', (today, e) => {
  test.each([...LAST_YEAR_PHRASES, e.lastName])('robbery "%s" is the last complete financial year', (phrase) => {
    const r = reply(`robbery ${phrase}`, today);
    expect(r.status).toBe('answer');
    expect(r.results.map((x) => [x.window, x.from, x.to])).toEqual([['fy', ...e.last]]);
  });

  test.each([...CURRENT_PHRASES, e.currentName])('robbery "%s" is this financial year so far', (phrase) => {
    const r = reply(`robbery ${phrase}`, today);
    if (e.current === 'not started') {
      expect(r.status).toBe('no_data');
      expect(r.reason).toBe('fy_not_started');
      expect(r.results).toEqual([]);
      expect(r.text).toContain(e.currentName);
      expect(r.options?.[0]?.label).toContain(e.lastName);
    } else {
      expect(r.status).toBe('answer');
      expect(r.results.map((x) => [x.window, x.from, x.to])).toEqual([['fytd', ...e.current]]);
    }
  });

  test('"last year" is the calendar year before', () => {
    const year = Number(today.slice(0, 4)) - 1;
    expect(reply('robbery last year', today).results.map((x) => [x.window, x.from, x.to])).toEqual([['year', `${year}-01`, `${year}-12`]]);
  });
});

describe('a financial year the store holds only part of', () => {
  test('on 14 April 2020, "last financial year" is 2019/20, which the store holds only to January: no data, never 2018/19', () => {
    const r = reply('total recorded crime last financial year', '2020-04-14');
    expect(r.status).toBe('no_data');
    expect(r.latest).toBe('2020-01');
    expect(r.text).toContain('2019/20');
    expect(r.results).toEqual([]);
  });

  test('on 20 April 2019 the card offers 2018/19 as a button that asks for it', () => {
    const turn = ask('burglary year to date', EMPTY_CONVERSATION, '2019-04-20', brain);
    expect(turn.reply.kind).toBe('no_data');
    const again = ask('Dwelling burglary offences 2018/19', EMPTY_CONVERSATION, '2019-04-20', brain).reply;
    expect(again.kind === 'answer' ? again.results.map((x) => [x.window.from, x.window.to]) : again.kind).toEqual([['2018-04', '2019-03']]);
  });
});

describe('comparisons per window kind (ask-contract.md)', () => {
  const TODAY = '2020-02-10';
  const kinds = (q: string) => Object.fromEntries((reply(q, TODAY).results[0]?.comparisons ?? []).filter((c) => c.kind !== 'benchmark').map((c) => [c.kind, [c.from, c.to]]));

  test('month: the month before, the same month a year earlier, the March before', () => {
    expect(kinds('robbery in January 2020')).toEqual({ previous: ['2019-12', '2019-12'], last_year: ['2019-01', '2019-01'], fy_end: ['2019-03', '2019-03'] });
  });
  test('rolling 12 months: to the month before, a year earlier, and to the March before', () => {
    expect(kinds('robbery 12 months to January 2020')).toEqual({ previous: ['2019-01', '2019-12'], last_year: ['2018-02', '2019-01'], fy_end: ['2018-04', '2019-03'] });
  });
  test('quarter: the quarter before and a year earlier, no year end', () => {
    expect(kinds('robbery Q3 2019/20')).toEqual({ previous: ['2019-07', '2019-09'], last_year: ['2018-10', '2018-12'] });
  });
  test('year to date: the same months a year earlier and the whole previous financial year, nothing "previous"', () => {
    expect(kinds('robbery year to date')).toEqual({ last_year: ['2018-04', '2019-01'], fy_end: ['2018-04', '2019-03'] });
  });
  test('financial year and calendar year: the year before, once', () => {
    expect(kinds('robbery 2018/19')).toEqual({ previous: ['2017-04', '2018-03'] });
    expect(kinds('robbery in 2019')).toEqual({ previous: ['2018-01', '2018-12'] });
    const text = reply('robbery 2018/19 vs last year', TODAY).text;
    expect(text.match(/2017\/18/g)).toHaveLength(1);
  });
});
