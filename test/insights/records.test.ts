import { nMonthExtremeDetector } from '../../src/insights/detectors/n-month-extreme';
import { recordSinceDetector } from '../../src/insights/detectors/record-since';
import { counts, findings, quiet, ratios } from './helpers/series';

/** 48 quiet months to December 2019 with a given month replaced, then January 2020. */
function withPeak(peakIndex: number, peak: number, last: number): number[] {
  const values = quiet(48, 700, 60);
  values[peakIndex] = peak;
  return [...values, last];
}

describe('highest_since and lowest_since', () => {
  test('a month above everything since a higher month 22 months back is the highest since then', () => {
    // 48 months to December 2019 start in January 2016; index 26 is March 2018.
    const [found, ...rest] = findings(recordSinceDetector('highest'), counts('ppo_count_all', 'force', withPeak(26, 980, 955)), 'ppo_count_all');
    expect(rest).toHaveLength(0);
    expect(found).toMatchObject({ kind: 'highest_since', since: '2018-03', value: 955, good: 'good' });
    expect(found?.text).toBe('Prosecution possible outcomes: 955 in January 2020, the highest monthly total since March 2018.');
    expect(found?.score).toBeGreaterThan(1.64);
  });

  test('a month above everything since the figures began says so', () => {
    const [found] = findings(recordSinceDetector('highest'), counts('charges', 'force', [...quiet(30, 500, 40), 700]), 'charges');
    expect(found?.clause).toBe('the highest monthly total on record (since July 2017)');
  });

  test('a month that a month 5 months back already beat is no record worth telling', () => {
    expect(findings(recordSinceDetector('highest'), counts('ppo_count_all', 'force', withPeak(43, 990, 955)), 'ppo_count_all')).toEqual([]);
  });

  test('an ordinary month is neither', () => {
    const data = counts('ppo_count_all', 'force', [...quiet(48, 700, 60), 700]);
    expect(findings(recordSinceDetector('highest'), data, 'ppo_count_all')).toEqual([]);
    expect(findings(recordSinceDetector('lowest'), data, 'ppo_count_all')).toEqual([]);
  });

  test('a low month of a crime count is the lowest since, and good news', () => {
    const values = [...quiet(48, 300, 30), 200];
    values[10] = 150;
    const [found] = findings(recordSinceDetector('lowest'), counts('crimes_robbery', 'force', values), 'crimes_robbery');
    expect(found).toMatchObject({ kind: 'lowest_since', since: '2016-11', good: 'good' });
  });

  test('a rolling-12 rate is judged as its 12-month figure, and a rate on too few cases is not reported', () => {
    const big = ratios('ppo_rate_all', 'force', [...Array.from({ length: 47 }, () => [600, 6000] as const), [1200, 6000]]);
    const [found] = findings(recordSinceDetector('highest'), big, 'ppo_rate_all');
    expect(found?.clause).toMatch(/^the highest rolling 12-month rate on record \(since /);
    const small = ratios('ppo_rate_all', 'force', [...Array.from({ length: 47 }, () => [0, 2] as const), [2, 2]]);
    expect(findings(recordSinceDetector('highest'), small, 'ppo_rate_all')).toEqual([]);
  });
});

describe('n_month_high and n_month_low', () => {
  test('the highest of the last 12 months', () => {
    const values = [...quiet(11, 560, 40), 663];
    const [found] = findings(nMonthExtremeDetector('highest'), counts('charges', 'force', values), 'charges');
    expect(found?.text).toBe('Charges and summonses: 663 in January 2020, the highest of the last 12 months.');
  });

  test('the lowest of the last 12 months', () => {
    const [found] = findings(nMonthExtremeDetector('lowest'), counts('crimes_vehicle', 'force', [...quiet(11, 560, 40), 400]), 'crimes_vehicle');
    expect(found).toMatchObject({ kind: 'n_month_low', good: 'good' });
  });

  test('a month in the middle of the last 12 is neither', () => {
    const data = counts('charges', 'force', [...quiet(11, 560, 40), 560]);
    expect(findings(nMonthExtremeDetector('highest'), data, 'charges')).toEqual([]);
    expect(findings(nMonthExtremeDetector('lowest'), data, 'charges')).toEqual([]);
  });
});
