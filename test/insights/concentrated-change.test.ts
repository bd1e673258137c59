import type { Observation } from '../../src/domain/observation';
import { ObservationIndex } from '../../src/domain/observation-index';
import { concentratedChangeDetector } from '../../src/insights/detectors/concentrated-change';
import { buildMonthlyDigest } from '../../src/insights/monthly-digest';
import { scanMonth } from '../../src/insights/scan';
import { counts, CATALOGUE, findings, quiet } from './helpers/series';
import { sampleIndex } from './helpers/sample-data';
import { label, SampleSums, shift } from './helpers/sample-sums';

const DISTRICTS = { peterborough: 'north', fenland: 'north', cambridge: 'south', south_cambridgeshire: 'south', east_cambridgeshire: 'south', huntingdonshire: 'south' } as const;
type District = keyof typeof DISTRICTS;

/** 48 months of shoplifting per district; each district's last 12 months raised by `lift`, and the areas and force as sums. */
function shoplifting(lift: Partial<Record<District, number>>): { observations: Observation[]; series: Map<string, number[]> } {
  const series = new Map<string, number[]>();
  Object.keys(DISTRICTS).forEach((d, i) => {
    const base = quiet(48, 150 + 20 * i, 12, 11 + i);
    series.set(d, base.map((v, k) => (k >= 36 ? v + (lift[d as District] ?? 0) : v)));
  });
  const add = (ids: readonly string[]) => Array.from({ length: 48 }, (_, k) => ids.reduce((s, id) => s + (series.get(id)?.[k] ?? 0), 0));
  const byArea = (area: string) => Object.entries(DISTRICTS).filter(([, a]) => a === area).map(([d]) => d);
  series.set('north', add(byArea('north')));
  series.set('south', add(byArea('south')));
  series.set('force', add(Object.keys(DISTRICTS)));
  return { observations: [...series].flatMap(([area, values]) => counts('crimes_shoplifting', area, values)), series };
}

const last12 = (xs: readonly number[]) => xs.slice(36).reduce((a, b) => a + b, 0);
const prev12 = (xs: readonly number[]) => xs.slice(24, 36).reduce((a, b) => a + b, 0);

describe('concentrated change: one district accounts for most of a change', () => {
  test('Peterborough accounts for most of the rise in shoplifting: the share and sizes worked out here', () => {
    const { observations, series } = shoplifting({ peterborough: 40, cambridge: 4 });
    const pb = series.get('peterborough') ?? [];
    const force = series.get('force') ?? [];
    const part = last12(pb) - prev12(pb);
    const whole = last12(force) - prev12(force);
    const share = part / whole;
    expect(share).toBeGreaterThan(0.5);
    const found = findings(concentratedChangeDetector, observations, 'crimes_shoplifting', 'force');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'concentrated_change', part: 'peterborough', change: whole, value: last12(force), since: '2019-01', good: 'bad' });
    expect(found[0]?.share).toBeCloseTo(share, 10);
    expect(found[0]?.text).toBe(`Shoplifting: Peterborough accounts for ${Math.round(share * 100)}% of the rise in the 12 months to January 2020 on the year before (${part} of ${whole}).`);
  });

  test('is ranked with the other insights into the headlines', () => {
    const { observations } = shoplifting({ peterborough: 40, cambridge: 4 });
    const digest = buildMonthlyDigest(new ObservationIndex(observations), CATALOGUE, '2020-01');
    const headlines = digest.kind === 'digest' ? digest.headlines : [];
    expect(headlines.some((h) => h.metric === 'crimes_shoplifting' && h.area === 'force' && h.findings.some((f) => f.kind === 'concentrated_change'))).toBe(true);
  });

  test('a rise spread over the districts in proportion is not concentrated', () => {
    const { observations } = shoplifting({ peterborough: 15, fenland: 17, cambridge: 19, south_cambridgeshire: 21, east_cambridgeshire: 23, huntingdonshire: 25 });
    expect(findings(concentratedChangeDetector, observations, 'crimes_shoplifting', 'force')).toEqual([]);
  });

  test('on the sample data: Fenland and the rise in North\'s outcomes to October 2018, the share worked from the CSV', () => {
    const csv = new SampleSums();
    const to = '2018-10';
    const change = (area: string) => csv.sum('ppo_count_all', area, to, 12) - csv.sum('ppo_count_all', area, shift(to, -12), 12);
    const share = change('fenland') / change('north');
    expect(share).toBeGreaterThan(0.5);
    const found = scanMonth(sampleIndex(), CATALOGUE, to, { detectors: [concentratedChangeDetector] }).candidates;
    const north = found.find((c) => c.metric === 'ppo_count_all' && c.area === 'north');
    expect(north).toMatchObject({ part: 'fenland', change: change('north') });
    expect(north?.share).toBeCloseTo(share, 10);
    expect(north?.clause).toBe(`Fenland accounts for ${Math.round(share * 100)}% of the rise in the 12 months to ${label(to)} on the year before (${change('fenland')} of ${change('north')})`);
  });
});
