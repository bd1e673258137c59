import { DETECTORS } from '../../src/insights/detectors/configuration';
import { buildMonthlyDigest } from '../../src/insights/monthly-digest';
import { strategicParagraph, toldIndex } from '../../src/insights/strategic/strategic-paragraph';
import { scanMonth } from '../../src/insights/scan';
import type { Candidate } from '../../src/insights/headline-types';
import { CATALOGUE } from './helpers/series';
import { sampleIndex } from './helpers/sample-data';
import { label, SampleSums, shift } from './helpers/sample-sums';

/**
 * The 3.2 sentences of the new insight kinds on the sample data, against the paper and
 * seed-facts.md (F15-F22): every figure is worked out here from the sample CSV files.
 */
const csv = new SampleSums();
const index = sampleIndex();
const JAN = '2020-01';
const DEC = shift(JAN, -1);
const scan = scanMonth(index, CATALOGUE, JAN);
const digest = buildMonthlyDigest(index, CATALOGUE, JAN);
const headlines = digest.kind === 'digest' ? digest.headlines : [];

function found(metric: string, kind: string, area = 'force'): Candidate {
  const c = scan.candidates.find((x) => x.metric === metric && x.kind === kind && x.area === area);
  if (!c) throw new Error(`no ${kind} for ${metric} in ${area}`);
  return c;
}

const whole = (n: number) => n.toLocaleString('en-GB');
const rate = (metric: string, area: string, month: string) => {
  const r = csv.row(metric, area, month);
  return (100 * (r?.numerator ?? NaN)) / (r?.denominator ?? NaN);
};

describe('3.2.5, F18: a new measure in its first month', () => {
  test('75.0% of prompt-graded domestics in January 2020, the first month of figures', () => {
    expect(csv.row('domestic_prompt_da_share', 'force', DEC)).toBeUndefined();
    const share = rate('domestic_prompt_da_share', 'force', JAN);
    expect(share.toFixed(1)).toBe('75.0');
    expect(found('domestic_prompt_da_share', 'new_series').text).toBe(
      `Prompt-graded domestics categorised as domestic abuse: ${share.toFixed(1)}% in January 2020, the first month of figures.`,
    );
  });

  test('it makes the digest\'s headlines', () => {
    expect(headlines.map((h) => h.metric)).toContain('domestic_prompt_da_share');
  });
});

describe('3.2.2, F17: a young measure, told with its total since it began', () => {
  test('over 1,100 case files assessed in the five months since September 2019', () => {
    let first = JAN;
    while (csv.value('casefiles_assessed', 'force', shift(first, -1)) > 0) first = shift(first, -1);
    const months = 12 * (Number(JAN.slice(0, 4)) - Number(first.slice(0, 4))) + Number(JAN.slice(5)) - Number(first.slice(5)) + 1;
    const total = csv.sum('casefiles_assessed', 'force', JAN, months);
    expect([first, months]).toEqual(['2019-09', 5]);
    expect(total > 1100 && total < 1200).toBe(true);
    expect(found('casefiles_assessed', 'new_series').text).toBe(
      `Case files quality-assessed: ${csv.value('casefiles_assessed', 'force', JAN)} in January 2020, ${whole(total)} in the five months since figures began in ${label(first)}.`,
    );
  });
});

describe('3.2.1 and 3.2.6, F16 and F19: stable month on month', () => {
  test.each([
    ['dq_pass_rate', 'Athena data quality pass rate', '53.8'],
    ['cdi_compliance', 'Crime data integrity compliance', '88.9'],
  ])('%s: %s at %s%%, stable month on month', (metric, name, expected) => {
    const now = rate(metric, 'force', JAN);
    const before = rate(metric, 'force', DEC);
    expect(now.toFixed(1)).toBe(expected);
    expect(Math.abs(now - before)).toBeLessThanOrEqual(1);
    expect(found(metric, 'stable').text).toBe(`${name}: ${now.toFixed(1)}% in January 2020, stable month on month.`);
  });
});

describe('3.2.8, F20: a month-end level that moved far beyond its month-to-month noise', () => {
  test("North's CID live investigations: above 800 at the end of January, up from December", () => {
    const now = csv.value('cid_live_investigations', 'north', JAN);
    const before = csv.value('cid_live_investigations', 'north', DEC);
    // The noise, worked here: the mean month-to-month move over the 36 months before, / 1.128.
    let moves = 0;
    for (let k = 1; k <= 35; k++) moves += Math.abs(csv.value('cid_live_investigations', 'north', shift(DEC, -k + 1)) - csv.value('cid_live_investigations', 'north', shift(DEC, -k)));
    const sigma = moves / 35 / 1.128;
    expect(now).toBeGreaterThan(800);
    expect((now - before) / sigma).toBeGreaterThan(1.96);
    const c = found('cid_live_investigations', 'vs_last_month', 'north');
    expect(c.text).toBe(`CID live investigations in North: ${now} at the end of January 2020, up from ${before} at the end of December 2019.`);
    expect(c.change).toBe(now - before);
  });
});

describe('3.2.1, F15: the data quality pass rate told with the records it rests on', () => {
  test('one headline: the pass rate, then 1,601 records assessed, up from December', () => {
    const h = headlines.find((x) => x.metric === 'dq_pass_rate');
    const records = csv.value('dq_records_assessed', 'force', JAN);
    expect(records).toBe(1601);
    expect(h?.findings.map((f) => f.metric)).toContain('dq_records_assessed');
    expect(h?.text).toContain(`Athena data quality pass rate: ${rate('dq_pass_rate', 'force', JAN).toFixed(1)}% in January 2020, stable month on month`);
    expect(h?.text).toContain(`Athena records quality-assessed: ${whole(records)} in January 2020, up from ${whole(csv.value('dq_records_assessed', 'force', DEC))} in December 2019`);
    expect(headlines.filter((x) => x.metric === 'dq_records_assessed')).toEqual([]);
  });
});

describe('the strategic part is as it was without the new kinds', () => {
  test.each([['force'], ['north'], ['south']])('%s: the same paragraphs with or without the headline-only detectors', (area) => {
    const without = DETECTORS.filter((d) => !['vs_last_month', 'stable', 'new_series'].includes(d.name));
    expect(without.length).toBe(DETECTORS.length - 3);
    const told = toldIndex(scanMonth(index, CATALOGUE, JAN, { area, detectors: without }).candidates);
    const place = CATALOGUE.area(area);
    if (!place) throw new Error(`no area ${area}`);
    const before = (CATALOGUE.catalogue.strategicMeasures ?? []).map((m) => strategicParagraph(index, CATALOGUE, JAN, place, m, told)?.text);
    const now = buildMonthlyDigest(index, CATALOGUE, JAN, area === 'force' ? {} : { area });
    expect(now.kind === 'digest' ? now.strategic.map((p) => p.text) : []).toEqual(before);
  });
});
