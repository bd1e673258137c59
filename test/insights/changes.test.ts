import { vsFyEndDetector } from '../../src/insights/detectors/vs-fy-end';
import { vsLastYearDetector } from '../../src/insights/detectors/vs-last-year';
import { counts, findings, noise, quiet, ratios } from './helpers/series';

/** Monthly [outcomes, crimes] at a rate that steps from `before` to `after` at April 2019 (48 months to January 2020). */
function rateSeries(before: number, after: number, crimes: number): [number, number][] {
  const r = noise(3);
  return Array.from({ length: 48 }, (_, i) => {
    const rate = i >= 38 ? after : before; // month 38 of 48 is April 2019
    const d = Math.round(crimes * (1 + 0.05 * r()));
    return [Math.round((d * rate) / 100), d];
  });
}

describe('vs_fy_end: rolling-12 rates against March year end', () => {
  test('a fall of a point on a large base is significant, in ppt, and bad for an outcome rate', () => {
    const [found] = findings(vsFyEndDetector, ratios('ppo_rate_all', 'force', rateSeries(11.1, 9.9, 5000)), 'ppo_rate_all');
    expect(found).toMatchObject({ kind: 'vs_fy_end', changeUnit: 'ppt', good: 'bad', since: '2019-03' });
    expect(found?.text).toMatch(/^All crime prosecution possible outcome rate, 12 months to January 2020: 10\.1%, 1\.0ppt lower than at March year end\.$/);
    expect(found?.score).toBeGreaterThan(2);
  });

  test('a steady rate is quiet', () => {
    expect(findings(vsFyEndDetector, ratios('ppo_rate_all', 'force', rateSeries(10, 10, 5000)), 'ppo_rate_all')).toEqual([]);
  });

  test('the same step on 20 cases a month is within chance', () => {
    expect(findings(vsFyEndDetector, ratios('ppo_rate_dwelling_burglary', 'force', rateSeries(11, 10, 20)), 'ppo_rate_dwelling_burglary')).toEqual([]);
  });

  test('a single month is never compared with March', () => {
    const data = counts('charges', 'force', [...quiet(47, 500, 20), 900]);
    expect(findings(vsFyEndDetector, data, 'charges')).toEqual([]);
  });
});

describe('vs_last_year: the same window a year before', () => {
  test('a month far above the same month last year, beyond the month-to-month noise', () => {
    const values = [...quiet(47, 500, 20), 650];
    const [found] = findings(vsLastYearDetector, counts('crimes_violence_with_injury', 'force', values), 'crimes_violence_with_injury');
    expect(found).toMatchObject({ kind: 'vs_last_year', since: '2019-01', changeUnit: 'count', good: 'bad' });
    expect(found?.clause).toMatch(/^\d+ \(\d+\.\d%\) higher than January 2019$/);
  });

  test('a month within the noise is quiet', () => {
    const data = counts('crimes_violence_with_injury', 'force', [...quiet(47, 500, 40), 515]);
    expect(findings(vsLastYearDetector, data, 'crimes_violence_with_injury')).toEqual([]);
  });

  test('a rolling-12 rate is compared with the 12 months to a year before', () => {
    const [found] = findings(vsLastYearDetector, ratios('ppo_rate_all', 'force', rateSeries(12, 10, 5000)), 'ppo_rate_all');
    expect(found?.clause).toMatch(/^\d\.\dppt lower than the 12 months to January 2019$/);
  });

  test('a median month is compared month with month', () => {
    const data = counts('response_immediate_median_mins', 'force', [...quiet(47, 1200, 30).map((v) => v / 100), 16.5]);
    const [found] = findings(vsLastYearDetector, data, 'response_immediate_median_mins');
    expect(found).toMatchObject({ changeUnit: 'minutes', good: 'bad' });
  });
});
