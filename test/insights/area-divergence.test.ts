import { areaDivergenceDetector } from '../../src/insights/detectors/area-divergence';
import { findings, noise, ratios } from './helpers/series';

/** 48 months of [outcomes, crimes] at a rate moving from `from` to `to` over the last 12 months. */
function rate(from: number, to: number, crimes: number, seed: number): [number, number][] {
  const r = noise(seed);
  return Array.from({ length: 48 }, (_, i) => {
    const p = i < 36 ? from : from + ((to - from) * (i - 35)) / 12;
    const d = Math.round(crimes * (1 + 0.05 * r()));
    return [Math.round((d * p) / 100), d];
  });
}

const metric = 'ppo_rate_dwelling_burglary';

describe('area_divergence: North and South moving apart', () => {
  test('South climbing away from a steady North is told about South', () => {
    const data = [...ratios(metric, 'south', rate(8, 13, 600, 1)), ...ratios(metric, 'north', rate(8, 8, 600, 2))];
    const [found, ...rest] = findings(areaDivergenceDetector, data, metric, 'south');
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ kind: 'area_divergence', changeUnit: 'ppt', good: 'neutral' });
    expect(found?.clause).toMatch(/^moving away from North \(\d+\.\d%\): a gap of \d+\.\dppt, against \d\.\dppt a year earlier$/);
    expect(findings(areaDivergenceDetector, data, metric, 'north')).toEqual([]);
  });

  test('areas moving together are quiet', () => {
    const data = [...ratios(metric, 'south', rate(8, 10, 600, 1)), ...ratios(metric, 'north', rate(8, 10, 600, 2))];
    expect(findings(areaDivergenceDetector, data, metric, 'south')).toEqual([]);
    expect(findings(areaDivergenceDetector, data, metric, 'north')).toEqual([]);
  });

  test('a widening gap on a handful of cases is within chance', () => {
    const data = [...ratios(metric, 'south', rate(8, 11, 8, 1)), ...ratios(metric, 'north', rate(8, 8, 8, 2))];
    expect(findings(areaDivergenceDetector, data, metric, 'south')).toEqual([]);
  });
});
