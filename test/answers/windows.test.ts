import { ask } from '../../src/answers/ask';
import type { Reply } from '../../src/answers/reply-types';
import { EMPTY_CONVERSATION } from '../../src/understanding/query';
import { testBrain } from '../helpers/brain';
import { syntheticObservations } from '../helpers/synthetic';

const brain = testBrain(syntheticObservations());
const TODAY = '2020-02-10';

function only(reply: Reply) {
  if (reply.kind !== 'answer') throw new Error(`expected an answer, got ${reply.kind}`);
  const [r] = reply.results;
  if (!r) throw new Error('no result');
  return r;
}

describe('how a question maps to a window (ask-contract.md), today 10 February 2020', () => {
  test.each([
    ['dwelling burglary outcome rate', 'rolling12', '2019-02', '2020-01'],
    ['robbery', 'month', '2020-01', '2020-01'],
    ['assets under restraint', 'point', '2020-01', '2020-01'],
    ['dwelling burglary outcome rate last month', 'rolling12', '2019-02', '2020-01'],
    ['robbery in January', 'month', '2020-01', '2020-01'],
    ['robbery in March', 'month', '2019-03', '2019-03'],
    ['robbery January 2019', 'month', '2019-01', '2019-01'],
    ['robbery Jan 19', 'month', '2019-01', '2019-01'],
    ['robbery 2019-01', 'month', '2019-01', '2019-01'],
    ['burglary outcome rate in January alone', 'month', '2020-01', '2020-01'],
    ['burglary outcome rate for the month of January', 'month', '2020-01', '2020-01'],
    ['burglary monthly outcome rate', 'month', '2020-01', '2020-01'],
    ['robbery rolling 12 months', 'rolling12', '2019-02', '2020-01'],
    ['robbery 12 months to January', 'rolling12', '2019-02', '2020-01'],
    ['robbery last 12 months', 'rolling12', '2019-02', '2020-01'],
    ['robbery past year', 'rolling12', '2019-02', '2020-01'],
    ['robbery last 3 months', 'range', '2019-11', '2020-01'],
    ['robbery past three months', 'range', '2019-11', '2020-01'],
    ['robbery year to date', 'fytd', '2019-04', '2020-01'],
    ['robbery YTD', 'fytd', '2019-04', '2020-01'],
    ['robbery this financial year', 'fytd', '2019-04', '2020-01'],
    ['robbery FYTD', 'fytd', '2019-04', '2020-01'],
    ['robbery last financial year', 'fy', '2018-04', '2019-03'],
    ['robbery 2018/19', 'fy', '2018-04', '2019-03'],
    ['robbery FY 2018-19', 'fy', '2018-04', '2019-03'],
    ['robbery March year end', 'fy', '2018-04', '2019-03'],
    ['robbery Q3 2019/20', 'quarter', '2019-10', '2019-12'],
    ['robbery quarter 3 of 2019/20', 'quarter', '2019-10', '2019-12'],
    ['robbery last quarter', 'quarter', '2019-10', '2019-12'],
    ['robbery in 2019', 'year', '2019-01', '2019-12'],
    ['robbery calendar year 2019', 'year', '2019-01', '2019-12'],
    ['robbery between June and December 2019', 'range', '2019-06', '2019-12'],
    ['robbery June to December 2019', 'range', '2019-06', '2019-12'],
    ['robbery since September 2019', 'range', '2019-09', '2020-01'],
  ])('"%s" is a %s window from %s to %s', (q, kind, from, to) => {
    const r = only(ask(q, EMPTY_CONVERSATION, TODAY, brain).reply);
    expect(r.window).toEqual({ kind, from, to });
  });

  test('"this month" has no data yet and names the latest month', () => {
    const { reply } = ask('robbery this month', EMPTY_CONVERSATION, TODAY, brain);
    expect(reply).toMatchObject({ kind: 'no_data', reason: 'after_data', latest: '2020-01', window: { from: '2020-02', to: '2020-02' } });
  });

  test('a day long after the data: "last month" has no data, and no number is given', () => {
    const { reply } = ask('robbery last month', EMPTY_CONVERSATION, '2026-11-28', brain);
    expect(reply).toMatchObject({ kind: 'no_data', latest: '2020-01' });
  });

  test('a question with no time in it is never about a month that has not ended', () => {
    const r = only(ask('robbery', EMPTY_CONVERSATION, '2019-06-20', brain).reply);
    expect(r.window).toEqual({ kind: 'month', from: '2019-05', to: '2019-05' });
  });

  test('a window before the data starts says where the figures start', () => {
    const { reply } = ask('robbery in 2014', EMPTY_CONVERSATION, TODAY, brain);
    expect(reply).toMatchObject({ kind: 'no_data', reason: 'before_data', earliest: '2015-04' });
  });
});

describe('aggregation over a window', () => {
  test('a rate over a window is Σnumerator / Σdenominator, never a mean of monthly rates', () => {
    const r = only(ask('dwelling burglary outcome rate South', EMPTY_CONVERSATION, TODAY, brain).reply);
    const obs = syntheticObservations().filter((o) => o.metric === 'ppo_rate_dwelling_burglary' && o.area === 'south' && o.month >= '2019-02' && o.month <= '2020-01');
    const num = obs.reduce((s, o) => s + (o.numerator ?? 0), 0);
    const den = obs.reduce((s, o) => s + (o.denominator ?? 0), 0);
    expect(obs).toHaveLength(12);
    expect(r.numerator).toBe(num);
    expect(r.denominator).toBe(den);
    expect(r.value).toBeCloseTo((100 * num) / den, 10);
  });

  test('a count over a window is the sum of its months', () => {
    const r = only(ask('robbery in Peterborough in 2019', EMPTY_CONVERSATION, TODAY, brain).reply);
    const obs = syntheticObservations().filter((o) => o.metric === 'crimes_robbery' && o.area === 'peterborough' && o.month.startsWith('2019'));
    expect(r.value).toBe(obs.reduce((s, o) => s + (o.value ?? 0), 0));
  });

  test('a median over several months is not aggregated: no value, the months as a series', () => {
    const r = only(ask('immediate response time last 3 months', EMPTY_CONVERSATION, TODAY, brain).reply);
    expect(r.value).toBeNull();
    expect(r.series.map((p) => p.month)).toEqual(expect.arrayContaining(['2019-11', '2019-12', '2020-01']));
  });

  test('a point metric over a window is its value at the window\'s end', () => {
    const r = only(ask('assets under restraint in 2019', EMPTY_CONVERSATION, TODAY, brain).reply);
    expect(r.window).toEqual({ kind: 'point', from: '2019-12', to: '2019-12' });
  });
});

describe('comparisons every result carries', () => {
  test('previous, last year and March year end for a rolling-12 rate, in ppt', () => {
    const r = only(ask('dwelling burglary outcome rate', EMPTY_CONVERSATION, TODAY, brain).reply);
    const byKind = Object.fromEntries(r.comparisons.map((c) => [c.kind, c]));
    expect(byKind.previous).toMatchObject({ from: '2019-01', to: '2019-12', changeUnit: 'ppt' });
    expect(byKind.last_year).toMatchObject({ from: '2018-02', to: '2019-01', changeUnit: 'ppt' });
    expect(byKind.fy_end).toMatchObject({ from: '2018-04', to: '2019-03', changeUnit: 'ppt' });
    expect(byKind.benchmark).toMatchObject({ changeUnit: 'ppt' });
    for (const c of r.comparisons) expect(c.change).toBeCloseTo((r.value ?? 0) - c.value, 10);
  });

  test('counts change in their unit with a percentage', () => {
    const r = only(ask('robbery in January', EMPTY_CONVERSATION, TODAY, brain).reply);
    const prev = r.comparisons.find((c) => c.kind === 'previous');
    expect(prev).toMatchObject({ from: '2019-12', to: '2019-12', changeUnit: 'count' });
    expect(prev?.changePct).toBeCloseTo((100 * (prev?.change ?? 0)) / (prev?.value ?? 1), 10);
  });
});
