import type { Observation } from '../../src/domain/observation';
import { ObservationIndex } from '../../src/domain/observation-index';
import { buildMonthlyDigest } from '../../src/insights/monthly-digest';
import type { MonthlyDigest } from '../../src/insights/strategic/strategic-types';
import { CATALOGUE, counts, LAST, quiet, ratios } from './helpers/series';
import { sampleIndex } from './helpers/sample-data';
import { SampleSums, shift } from './helpers/sample-sums';

function digestOf(observations: readonly Observation[], area?: string): Extract<MonthlyDigest, { kind: 'digest' }> {
  const d = buildMonthlyDigest(new ObservationIndex(observations), CATALOGUE, LAST, area !== undefined ? { area } : {});
  if (d.kind !== 'digest') throw new Error(`expected a digest, got ${d.kind}`);
  return d;
}

/** The all crime outcome rate, the same every month: 500 outcomes of 5,000 crimes. */
const flatRate = () => ratios('ppo_rate_all', 'force', Array.from({ length: 48 }, () => [500, 5000] as const));

describe('strategic sentences on constructed figures', () => {
  test('a steady rate: its level, level with March year end; nothing else of note says so in one quiet line', () => {
    const d = digestOf(flatRate());
    const rate = ((12 * 500) / (12 * 5000)) * 100;
    expect(d.strategic.map((p) => p.text)).toEqual([`The rolling 12 month all crime prosecution possible outcome rate is at ${rate.toFixed(1)}%, level with March year end.`]);
    expect(d.headlines).toEqual([]);
    expect(d.quiet).toBe('Nothing else of note in January 2020: no other figure moved beyond its normal range.');
  });

  test('parts at the same record are told together: "Higher numbers of charges (…) and TICs (…) were also seen in January; both …"', () => {
    const charges = quiet(48, 500, 20, 3);
    const tics = quiet(48, 50, 4, 5);
    charges[34] = 540; // December 2018, the last month as high
    tics[34] = 60;
    charges[47] = 530;
    tics[47] = 58;
    const d = digestOf([...flatRate(), ...counts('charges', 'force', charges), ...counts('tics', 'force', tics)]);
    const [p] = d.strategic;
    expect(p?.text).toContain(`Higher numbers of charges (${charges[47]}) and TICs (${tics[47]}) were also seen in January; both the highest monthly total since December 2018.`);
    expect(p?.insights.filter((c) => c.kind === 'highest_since').map((c) => c.metric)).toEqual(['charges', 'tics']);
    expect(p?.covers).toEqual(expect.arrayContaining(['charges|force', 'tics|force']));
  });
});

describe('strategic sentences on the sample data: an area\'s digest (South), figures worked from the CSV', () => {
  const csv = new SampleSums();
  const d = buildMonthlyDigest(sampleIndex(), CATALOGUE, LAST, { area: 'south' });
  const text = (metric: string) => (d.kind === 'digest' ? d.strategic.find((p) => p.metric === metric)?.text : undefined) ?? '';

  test('names the area in the measure and tells its districts, not North', () => {
    const rate = csv.rolling('ppo_rate_all', 'south', LAST);
    expect(text('ppo_rate_all')).toMatch(new RegExp(`^The long-term downward trend in the rolling 12 month all crime prosecution possible outcome rate in South halted in January, with ${csv.value('ppo_count_all', 'south', LAST)} prosecution possible outcomes recorded in the month`));
    expect(text('ppo_rate_all')).toContain(`The rate is now at ${rate.toFixed(1)}%`);
    expect(text('ppo_rate_all')).not.toContain('North');
    const cambridge = csv.rolling('ppo_rate_all', 'cambridge', LAST);
    expect(text('ppo_rate_all')).toContain(`Cambridge's rate, at ${cambridge.toFixed(1)}%`);
  });

  test("a part's continuing trend: South's charges, their 12-month total falling over two years", () => {
    expect(csv.sum('charges', 'south', LAST, 12)).toBeLessThan(csv.sum('charges', 'south', shift(LAST, -24), 12));
    expect(text('ppo_rate_all')).toContain(`In January, charges (${csv.value('charges', 'south', LAST)}) were below their usual level for the time of year for`);
    expect(text('ppo_rate_all')).toContain('their long-term downward trend continues.');
  });

  test('the community resolutions of the area over three months', () => {
    expect(text('ppo_rate_all')).toContain(`There were ${csv.sum('community_resolutions', 'south', LAST, 3)} community resolutions over the last three months.`);
  });
});
