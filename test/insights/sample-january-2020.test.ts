import { buildDigest } from '../../src/insights/digest';
import type { Candidate, Headline } from '../../src/insights/headline-types';
import { scanMonth } from '../../src/insights/scan';
import { CATALOGUE } from './helpers/series';
import { sampleFiles, sampleIndex } from './helpers/sample-data';


/** The paper's statements (seed-facts.md) that the January 2020 headlines on the sample data hold. */
describe('January 2020 on the sample data, against the performance paper', () => {
  const index = sampleIndex();
  const candidates: readonly Candidate[] = index ? scanMonth(index, CATALOGUE, '2020-01').candidates : [];
  const digest = index ? buildDigest(index, CATALOGUE, '2020-01') : undefined;
  const headlines: readonly Headline[] = digest?.kind === 'headlines' ? digest.headlines : [];

  const find = (metric: string, area: string, kind: Candidate['kind']) =>
    candidates.find((c) => c.metric === metric && c.area === area && c.kind === kind);

  test('F1: 955 prosecution possible outcomes, the highest monthly total since March 2018', () => {
    const c = find('ppo_count_all', 'force', 'highest_since');
    expect(c).toMatchObject({ value: 955, since: '2018-03', good: 'good' });
    expect(c?.clause).toBe('the highest monthly total since March 2018');
  });

  test.each([
    ['F6', 'charges', 663],
    ['F7', 'tics', 51],
    ['F29', 'incidents_dwelling_burglary', 246],
  ])('%s: %s at %d, the highest of the last 12 months', (_f, metric, value) => {
    const c = find(metric, 'force', 'n_month_high');
    expect(c).toMatchObject({ value, clause: 'the highest of the last 12 months' });
  });

  test('F14: 28 domestic abuse outcomes, the highest monthly figure since January 2018', () => {
    expect(find('ppo_count_domestic_abuse', 'force', 'highest_since')).toMatchObject({ value: 28, since: '2018-01', clause: 'the highest monthly total since January 2018' });
  });

  test.each([
    ['F3', 'ppo_rate_all', 10.1, '1.0ppt lower than at March year end'],
    ['F9', 'ppo_rate_dwelling_burglary', 9.6, '2.7ppt higher than at March year end'],
    ['F13', 'ppo_rate_domestic_abuse', 10.2, '3.6ppt lower than at March year end'],
  ])('%s: %s at %d%%, %s', (_f, metric, rate, clause) => {
    const c = find(metric, 'force', 'vs_fy_end');
    expect(c?.clause).toBe(clause);
    expect(c?.value.toFixed(1)).toBe(rate.toFixed(1));
    expect(c?.text).toContain(`12 months to January 2020: ${rate.toFixed(1)}%, ${clause}`);
  });

  test("F10: South's dwelling burglary outcome rate rising month on month since October 2019 (or earlier)", () => {
    const c = find('ppo_rate_dwelling_burglary', 'south', 'rising');
    expect(c?.value.toFixed(1)).toBe('10.5');
    expect(c?.since !== undefined && c.since <= '2019-10').toBe(true);
  });

  test.each([
    ['F23', 'crimes_violence_with_injury', 'upwards', 'bad'],
    ['F24', 'crimes_robbery', 'downwards', 'good'],
  ])('%s: %s, the long-term trend continues %s', (_f, metric, way, good) => {
    expect(find(metric, 'force', 'trend')).toMatchObject({ clause: `the long-term trend continues ${way}`, good });
  });

  test('the digest holds 10 headlines, the strategic outcome rates among them', () => {
    expect(headlines).toHaveLength(10);
    for (const metric of ['ppo_rate_all', 'ppo_rate_dwelling_burglary', 'ppo_rate_domestic_abuse']) {
      expect(headlines.some((h) => h.metric === metric && h.area === 'force')).toBe(true);
    }
  });

  test.each([
    ['F1', 'ppo_count_all', 955],
    ['F6', 'charges', 663],
    ['F7', 'tics', 51],
    ['F14', 'ppo_count_domestic_abuse', 28],
    ['F29', 'incidents_dwelling_burglary', 246],
  ])('%s: %s, where it makes the digest, is told as a high at %d', (_f, metric, value) => {
    const h = headlines.find((x) => x.metric === metric && x.area === 'force');
    const name = CATALOGUE.metric(metric)?.name ?? metric;
    if (h) expect(h.text).toMatch(new RegExp(`^${name}: ${value} in January 2020, the highest`));
  });

  test('the digest tells the paper\'s statements that fit in it, in the paper\'s words', () => {
    const texts = headlines.map((h) => h.text);
    expect(texts).toContainEqual(expect.stringMatching(/^All crime prosecution possible outcome rate, 12 months to January 2020: 10\.1%, 1\.0ppt lower than at March year end/));
    expect(texts).toContainEqual(expect.stringMatching(/^Dwelling burglary prosecution possible outcome rate, 12 months to January 2020: 9\.6%, 2\.7ppt higher than at March year end/));
    expect(texts).toContainEqual(expect.stringMatching(/^Domestic abuse prosecution possible outcome rate, 12 months to January 2020: 10\.2%, 3\.6ppt lower than at March year end/));
  });
});

test('the sample data is there (data/sample/*.csv)', () => {
  expect(sampleFiles().length).toBeGreaterThan(0);
});
