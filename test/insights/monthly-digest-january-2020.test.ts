import { buildMonthlyDigest } from '../../src/insights/monthly-digest';
import type { MonthlyDigest, StrategicParagraph } from '../../src/insights/strategic/strategic-types';
import { CATALOGUE } from './helpers/series';
import { sampleIndex } from './helpers/sample-data';
import { label, SampleSums, shift } from './helpers/sample-sums';

/**
 * The January 2020 digest on the sample data against the performance paper (3.1 and 3.2) and
 * seed-facts.md: every expected figure is worked out here from the sample CSV files.
 */
const csv = new SampleSums();
const digest: MonthlyDigest = buildMonthlyDigest(sampleIndex(), CATALOGUE, '2020-01');
const JAN = '2020-01';
const FY_END = '2019-03';

function paragraph(metric: string): StrategicParagraph {
  if (digest.kind !== 'digest') throw new Error(`expected a digest, got ${digest.kind}`);
  const p = digest.strategic.find((s) => s.metric === metric);
  if (!p) throw new Error(`no paragraph for ${metric}`);
  return p;
}

const pct = (x: number) => `${x.toFixed(1)}%`;
const ppt = (x: number) => `${Math.abs(x).toFixed(1)}ppt`;

describe('the January 2020 digest: 3.1 strategic measures, as the sample data reproduces them', () => {
  test('the strategic measures come in the catalogue\'s order, all crime first', () => {
    expect(digest.kind === 'digest' ? digest.strategic.map((p) => p.metric) : []).toEqual(['ppo_rate_all', 'ppo_rate_dwelling_burglary', 'ppo_rate_domestic_abuse']);
  });

  test('3.1.2, F1: the trend halted, with 955 outcomes in the month, the highest monthly total since March 2018', () => {
    const count = csv.value('ppo_count_all', 'force', JAN);
    const since = csv.lastAtLeast('ppo_count_all', 'force', JAN);
    expect(count).toBe(955);
    expect(since).toBe('2018-03');
    // The rolling rate had fallen over two years and rose in January.
    expect(csv.rolling('ppo_rate_all', 'force', shift(JAN, -1))).toBeLessThan(csv.rolling('ppo_rate_all', 'force', shift(JAN, -25)));
    expect(csv.rolling('ppo_rate_all', 'force', JAN)).toBeGreaterThan(csv.rolling('ppo_rate_all', 'force', shift(JAN, -1)));
    expect(paragraph('ppo_rate_all').text).toContain(
      `The long-term downward trend in the rolling 12 month all crime prosecution possible outcome rate halted in January, with ${count} prosecution possible outcomes recorded in the month, the highest monthly total since ${label(since ?? '')}`,
    );
  });

  test('3.1.2, F2-F4: at 10.1%, comparable to the long-term benchmark, but 1.0ppt lower than at March year end', () => {
    const rate = csv.rolling('ppo_rate_all', 'force', JAN);
    const fy = rate - csv.rolling('ppo_rate_all', 'force', FY_END);
    expect(Math.abs(rate - csv.benchmark('ppo_rate_all', 'force', JAN))).toBeLessThanOrEqual(0.3);
    expect([pct(rate), ppt(fy), fy < 0]).toEqual(['10.1%', '1.0ppt', true]);
    expect(paragraph('ppo_rate_all').text).toContain(`The rate is now at ${pct(rate)}, comparable to the long-term benchmark, but remains ${ppt(fy)} lower than at March year end.`);
  });

  test('3.1.2, F5: 452 community resolutions over the last three months', () => {
    const total = csv.sum('community_resolutions', 'force', JAN, 3);
    expect(total).toBe(452);
    expect(paragraph('ppo_rate_all').text).toContain(`There were ${total} community resolutions over the last three months, with ${csv.value('community_resolutions', 'force', JAN)} in January`);
  });

  test.each([
    ['F6', 'charges', 'charges', 663],
    ['F7', 'tics', 'TICs', 51],
  ])('3.1.2, %s: %s (%s) at %d, a 12-month high (or more)', (_f, metric, name, expected) => {
    const value = csv.value(metric, 'force', JAN);
    const since = csv.lastAtLeast(metric, 'force', JAN);
    expect(value).toBe(expected);
    // Higher than each of the 11 months before.
    for (let k = 1; k <= 11; k++) expect(csv.value(metric, 'force', shift(JAN, -k))).toBeLessThan(value);
    const told = since === undefined ? 'the highest monthly total on record' : `the highest monthly total since ${label(since)}`;
    expect(paragraph('ppo_rate_all').text).toContain(`${name} (${value}) were ${told}`);
  });

  test('3.1.2: the trends in the number of outcomes and of charges halted too (12-month totals: down over two years, up in January)', () => {
    for (const metric of ['ppo_count_all', 'charges']) {
      const total = (to: string) => csv.sum(metric, 'force', to, 12);
      expect(total(shift(JAN, -1))).toBeLessThan(total(shift(JAN, -25)));
      expect(total(JAN)).toBeGreaterThan(total(shift(JAN, -1)));
    }
    const text = paragraph('ppo_rate_all').text;
    expect(text).toContain('; the long-term downward trend in the number of prosecution possible outcomes also halted in January.');
    expect(text).toContain('; their long-term downward trend halted in January.');
  });

  test('3.1.2: North and South each told (both halted, both below March year end)', () => {
    const text = paragraph('ppo_rate_all').text;
    for (const [area, name] of [['north', 'North'], ['south', 'South']] as const) {
      const rate = csv.rolling('ppo_rate_all', area, JAN);
      const fy = rate - csv.rolling('ppo_rate_all', area, FY_END);
      expect(text).toMatch(new RegExp(`${name}'s(?: rate)?, at ${pct(rate).replace('.', '\\.')}, is ${ppt(fy).replace('.', '\\.')} lower than at March year end and has halted its long-term downward trend`));
    }
  });

  test('3.1.3, F8-F9: dwelling burglary 9.6%, further improved, 2.7ppt higher than at March year end', () => {
    const rate = csv.rolling('ppo_rate_dwelling_burglary', 'force', JAN);
    const fy = rate - csv.rolling('ppo_rate_dwelling_burglary', 'force', FY_END);
    const bench = rate - csv.benchmark('ppo_rate_dwelling_burglary', 'force', JAN);
    const since = csv.risingSince('ppo_rate_dwelling_burglary', 'force', JAN);
    expect([pct(rate), ppt(fy), fy > 0]).toEqual(['9.6%', '2.7ppt', true]);
    expect(paragraph('ppo_rate_dwelling_burglary').text).toContain(
      `The rolling 12 month prosecution possible outcome rate for dwelling burglary has further improved, rising month on month since ${label(since)}; at ${pct(rate)} it is now ${ppt(fy)} higher than at March year end and ${ppt(bench)} above the long-term benchmark; its long-term upward trend continues.`,
    );
  });

  test("3.1.3, F10-F11: South's rate rising to 10.5% while North's has been more static around 8.0%", () => {
    const south = csv.rolling('ppo_rate_dwelling_burglary', 'south', JAN);
    const north = csv.rolling('ppo_rate_dwelling_burglary', 'north', JAN);
    const since = csv.risingSince('ppo_rate_dwelling_burglary', 'south', JAN);
    expect([pct(south), pct(north)]).toEqual(['10.5%', '8.0%']);
    expect(since <= '2019-10').toBe(true);
    for (let k = 0; k < 6; k++) {
      const r = csv.rolling('ppo_rate_dwelling_burglary', 'north', shift(JAN, -k));
      expect(r >= 7.5 && r <= 8.5).toBe(true);
    }
    const text = paragraph('ppo_rate_dwelling_burglary').text;
    expect(text).toMatch(new RegExp(`South's rate, at 10\\.5%, .*has been rising month on month since ${label(since)}.*, while North's, at 8\\.0%, has been more static\\.$`));
  });

  test('3.1.4, F12-F14: domestic abuse 10.2%, 3.6ppt lower than at March year end; 28 outcomes, the highest since January 2018', () => {
    const rate = csv.rolling('ppo_rate_domestic_abuse', 'force', JAN);
    const fy = rate - csv.rolling('ppo_rate_domestic_abuse', 'force', FY_END);
    const bench = rate - csv.benchmark('ppo_rate_domestic_abuse', 'force', JAN);
    const count = csv.value('ppo_count_domestic_abuse', 'force', JAN);
    const since = csv.lastAtLeast('ppo_count_domestic_abuse', 'force', JAN);
    expect([pct(rate), ppt(fy), count, since]).toEqual(['10.2%', '3.6ppt', 28, '2018-01']);
    const text = paragraph('ppo_rate_domestic_abuse').text;
    expect(text).toContain(`The rolling 12 month prosecution possible outcome rate for domestic abuse is at ${pct(rate)}, ${ppt(bench)} below the long-term benchmark, and is ${ppt(fy)} lower than at March year end; its long-term downward trend continues.`);
    expect(text).toContain(`${count} prosecution possible outcomes in January was the highest monthly total since ${label(since ?? '')}; the long-term downward trend in the number of prosecution possible outcomes continues.`);
    expect(csv.sum('ppo_count_domestic_abuse', 'force', JAN, 12)).toBeLessThan(csv.sum('ppo_count_domestic_abuse', 'force', shift(JAN, -24), 12));
  });

  test('3.1.4: North and South, each lower than at March year end, their long-term downward trends continuing', () => {
    const text = paragraph('ppo_rate_domestic_abuse').text;
    for (const [area, head] of [['north', "North's rate"], ['south', "South's"]] as const) {
      const rate = csv.rolling('ppo_rate_domestic_abuse', area, JAN);
      const fy = rate - csv.rolling('ppo_rate_domestic_abuse', area, FY_END);
      expect(rate).toBeLessThan(csv.rolling('ppo_rate_domestic_abuse', area, shift(JAN, -24)));
      expect(text).toContain(`${head}, at ${pct(rate)}, is ${ppt(fy)} lower than at March year end and continues its long-term downward trend`);
    }
  });

  test('every insight a paragraph tells is about its measure, its related figures or the areas below', () => {
    for (const measure of CATALOGUE.catalogue.strategicMeasures ?? []) {
      const p = paragraph(measure.metric);
      const related = new Set([measure.metric, measure.count?.metric, ...measure.parts.map((x) => x.metric)]);
      expect(p.insights.length).toBeGreaterThan(0);
      for (const c of p.insights) expect(related.has(c.metric)).toBe(true);
    }
  });
});

/**
 * The measures the paper's 3.2 tells, with the catalogue id of each (one per measure, so 3.2.10's
 * 101 abandonment is counted once, with 3.2.3).
 */
const SECTION_3_2_MEASURES: readonly (readonly [string, string])[] = [
  ['3.2.1 records quality-assessed (1,601)', 'dq_records_assessed'],
  ['3.2.1 data quality pass rate (53.8%, stable)', 'dq_pass_rate'],
  ['3.2.2 casefiles assessed (over 1,100 since September 2019)', 'casefiles_assessed'],
  ['3.2.2 casefile standards', 'casefile_error_rate'],
  ['3.2.3 and 3.2.10 101 calls abandoned', 'calls_101_abandoned_rate'],
  ['3.2.4 prompt calls attended after more than 4 hours', 'prompt_over_4h_rate'],
  ['3.2.5 prompt domestics categorised as domestic abuse (75%)', 'domestic_prompt_da_share'],
  ['3.2.6 CDI compliance (88.9%, stable)', 'cdi_compliance'],
  ['3.2.8 CID live investigations (North above 800)', 'cid_live_investigations'],
  ['3.2.10 999 calls answered within 10 seconds', 'calls_999_answered_10s'],
  ['3.2.11 communications authorities for life at risk', 'comms_authorities_life_at_risk'],
];

describe('the January 2020 digest: 3.2 performance headlines', () => {
  const headlines = digest.kind === 'digest' ? digest.headlines : [];

  test('at most eight headlines, none about a strategic measure\'s own figures', () => {
    expect(headlines.length).toBeGreaterThan(0);
    expect(headlines.length).toBeLessThanOrEqual(8);
    const covered = new Set(digest.kind === 'digest' ? digest.strategic.flatMap((p) => p.covers) : []);
    for (const h of headlines) expect(covered.has(`${h.metric}|${h.area}`)).toBe(false);
  });

  test('cover at least half of the 3.2 measures the catalogue holds, counted by metric', () => {
    const held = SECTION_3_2_MEASURES.filter(([, id]) => CATALOGUE.metric(id) !== undefined);
    // A metric is told when a headline is about it or states one of its findings (a rate with its cases).
    const toldMetrics = new Set(headlines.flatMap((h) => [h.metric, ...h.findings.map((f) => f.metric)]));
    const told = held.filter(([, id]) => toldMetrics.has(id));
    expect(held.length).toBe(11);
    expect(told.length * 2).toBeGreaterThanOrEqual(held.length);
  });
});
