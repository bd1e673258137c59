import { monthOnMonthDetector } from '../../src/insights/detectors/month-on-month';
import { newSeriesDetector } from '../../src/insights/detectors/new-series';
import { stableDetector } from '../../src/insights/detectors/stable';
import { counts, findings, quiet, ratios } from './helpers/series';

/** Synthetic series, each expected sentence written out here from the figures put in. */
describe('vs_last_month: a move on the month before, against the series\' own noise', () => {
  test('a count that jumps far beyond its month-to-month wobble: up, with last month\'s figure', () => {
    const values = [...quiet(47, 500, 20), 640];
    const [found] = findings(monthOnMonthDetector, counts('crimes_robbery', 'force', values), 'crimes_robbery');
    const before = values[46] ?? 0;
    expect(found).toMatchObject({ kind: 'vs_last_month', since: '2019-12', change: 640 - before, good: 'bad' });
    expect(found?.text).toBe(`Robbery offences: 640 in January 2020, up from ${before} in December 2019.`);
  });

  test('and the other way: a rate that drops, told in its unit, a deterioration for a rate where higher is better', () => {
    const parts: [number, number][] = [...quiet(47, 880, 8).map((n) => [n, 1000] as [number, number]), [780, 1000]];
    const [found] = findings(monthOnMonthDetector, ratios('calls_999_answered_10s', 'force', parts), 'calls_999_answered_10s');
    const before = parts[46] ?? [0, 1];
    expect(found).toMatchObject({ kind: 'vs_last_month', good: 'bad', changeUnit: 'ppt' });
    expect(found?.text).toBe(`999 calls answered within 10 seconds: 78.0% in January 2020, down from ${((100 * before[0]) / before[1]).toFixed(1)}% in December 2019.`);
  });

  test('a month-end stock: "at the end of"', () => {
    const values = [...quiet(47, 700, 10), 800];
    const [found] = findings(monthOnMonthDetector, counts('cid_live_investigations', 'north', values), 'cid_live_investigations', 'north');
    expect(found?.text).toBe(`CID live investigations in North: 800 at the end of January 2020, up from ${values[46] ?? 0} at the end of December 2019.`);
  });

  test('a move within the noise is quiet', () => {
    const values = [...quiet(47, 500, 40), 520];
    expect(findings(monthOnMonthDetector, counts('crimes_robbery', 'force', values), 'crimes_robbery')).toEqual([]);
  });

  test('a December-to-January swing that happens every year is the time of year, not news', () => {
    // 48 months to January 2020: every January 150 above the rest, a little noise.
    const values = quiet(48, 500, 5).map((v, i) => (i % 12 === 0 ? v + 150 : v));
    expect(findings(monthOnMonthDetector, counts('crimes_robbery', 'force', values), 'crimes_robbery')).toEqual([]);
  });

  test('rolling 12-month measures are left to their runs and trends', () => {
    const parts: [number, number][] = [...quiet(47, 500, 5).map((n) => [n, 5000] as [number, number]), [800, 5000]];
    expect(findings(monthOnMonthDetector, ratios('ppo_rate_all', 'force', parts), 'ppo_rate_all')).toEqual([]);
  });
});

describe('stable: a rate that hardly moved', () => {
  test('"stable month on month", scored to join a headline, never to make one', () => {
    // A rate wobbling by up to 2.5ppt a month; December 53.0%, January 53.3%.
    const parts: [number, number][] = [...quiet(46, 530, 25).map((n) => [n, 1000] as [number, number]), [530, 1000], [533, 1000]];
    const [found] = findings(stableDetector, ratios('dq_pass_rate', 'force', parts), 'dq_pass_rate');
    expect(found).toMatchObject({ kind: 'stable', since: '2019-12', good: 'neutral' });
    expect(found?.text).toBe('Athena data quality pass rate: 53.3% in January 2020, stable month on month.');
    expect(found?.score).toBeLessThan(1.64);
  });

  test('a move of several times the noise is not stable', () => {
    const parts: [number, number][] = [...quiet(47, 530, 10).map((n) => [n, 1000] as [number, number]), [600, 1000]];
    expect(findings(stableDetector, ratios('dq_pass_rate', 'force', parts), 'dq_pass_rate')).toEqual([]);
  });

  test('counts are never "stable" on their own', () => {
    expect(findings(stableDetector, counts('crimes_robbery', 'force', quiet(48, 500, 0)), 'crimes_robbery')).toEqual([]);
  });
});

describe('new_series: a measure whose figures began recently', () => {
  /** Another measure held since February 2016, so the store is not young. */
  const older = counts('crimes_all', 'force', quiet(48, 7000, 100));

  test('its first month', () => {
    const data = [...older, ...ratios('domestic_prompt_da_share', 'force', [[300, 400]])];
    const [found] = findings(newSeriesDetector, data, 'domestic_prompt_da_share');
    expect(found).toMatchObject({ kind: 'new_series', since: '2020-01', lasting: false });
    expect(found?.text).toBe('Prompt-graded domestics categorised as domestic abuse: 75.0% in January 2020, the first month of figures.');
  });

  test('a count that began four months ago (zeros before), with its total since', () => {
    const values = [...Array<number>(44).fill(0), 100, 110, 120, 130];
    const data = [...older, ...counts('casefiles_assessed', 'force', values)];
    const [found] = findings(newSeriesDetector, data, 'casefiles_assessed');
    expect(found).toMatchObject({ kind: 'new_series', since: '2019-10', lasting: true });
    expect(found?.text).toBe(`Case files quality-assessed: 130 in January 2020, ${100 + 110 + 120 + 130} in the four months since figures began in October 2019.`);
  });

  test('a rate that began three months ago, with its rate since', () => {
    const data = [...older, ...ratios('domestic_prompt_da_share', 'force', [[60, 100], [70, 100], [80, 200]])];
    const [found] = findings(newSeriesDetector, data, 'domestic_prompt_da_share');
    expect(found?.text).toBe(`Prompt-graded domestics categorised as domestic abuse: 40.0% in January 2020, ${((100 * 210) / 400).toFixed(1)}% over the three months since figures began in November 2019.`);
  });

  test('not new once it is older than six months, nor when the whole store is young', () => {
    const seven = counts('casefiles_assessed', 'force', [...Array<number>(41).fill(0), ...quiet(7, 200, 10)]);
    expect(findings(newSeriesDetector, [...older, ...seven], 'casefiles_assessed')).toEqual([]);
    const young = [...counts('crimes_all', 'force', quiet(3, 7000, 100)), ...ratios('domestic_prompt_da_share', 'force', [[300, 400]])];
    expect(findings(newSeriesDetector, young, 'domestic_prompt_da_share')).toEqual([]);
  });
});
