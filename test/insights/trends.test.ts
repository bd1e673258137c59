import { trendDetector } from '../../src/insights/detectors/trend';
import { trendHaltedDetector } from '../../src/insights/detectors/trend-halted';
import { counts, findings, noise, quiet, ratios } from './helpers/series';

/** 48 months to January 2020: `level` plus `slope` a month, with noise of ± `spread`. */
function sloped(level: number, slope: number, spread: number, seed = 11): number[] {
  const r = noise(seed);
  return Array.from({ length: 48 }, (_, i) => Math.round(level + slope * i + spread * r()));
}

describe('trend: the rolling-12 figure over 24 months', () => {
  test('a steady rise in violence with injury continues upwards, and is bad news', () => {
    const [found] = findings(trendDetector, counts('crimes_violence_with_injury', 'force', sloped(450, 3, 40)), 'crimes_violence_with_injury');
    expect(found).toMatchObject({ kind: 'trend', good: 'bad', form: 'statement', changeUnit: 'count' });
    expect(found?.text).toBe('Violence with injury offences: the long-term trend continues upwards.');
  });

  test('a steady fall in robbery continues downwards, and is good news', () => {
    const [found] = findings(trendDetector, counts('crimes_robbery', 'force', sloped(120, -1, 8)), 'crimes_robbery');
    expect(found).toMatchObject({ kind: 'trend', good: 'good' });
    expect(found?.clause).toBe('the long-term trend continues downwards');
  });

  test('a level series has no trend', () => {
    expect(findings(trendDetector, counts('crimes_robbery', 'force', quiet(48, 120, 15)), 'crimes_robbery')).toEqual([]);
  });

  test('a median has no rolling figure, so no trend', () => {
    const data = counts('response_prompt_median_mins', 'force', sloped(60, 1, 2));
    expect(findings(trendDetector, data, 'response_prompt_median_mins')).toEqual([]);
  });
});

describe('trend_halted: a long trend meets a move the other way', () => {
  /** An outcome rate falling for years, then a month of many outcomes. */
  function fallingThenUp(lastOutcomes: number): [number, number][] {
    const r = noise(5);
    const parts: [number, number][] = Array.from({ length: 47 }, (_, i) => {
      const d = Math.round(5000 * (1 + 0.03 * r()));
      return [Math.round((d * (13 - 0.08 * i)) / 100), d];
    });
    return [...parts, [lastOutcomes, 5000]];
  }

  test('the downward trend in the all crime outcome rate halted in January', () => {
    const [found] = findings(trendHaltedDetector, ratios('ppo_rate_all', 'force', fallingThenUp(955)), 'ppo_rate_all');
    expect(found).toMatchObject({ kind: 'trend_halted', good: 'good', changeUnit: 'ppt' });
    expect(found?.clause).toBe('the long-term downward trend halted in January 2020');
    expect(found?.score).toBeGreaterThan(2);
  });

  test('while the fall goes on, it has not halted', () => {
    expect(findings(trendHaltedDetector, ratios('ppo_rate_all', 'force', fallingThenUp(430)), 'ppo_rate_all')).toEqual([]);
    expect(findings(trendDetector, ratios('ppo_rate_all', 'force', fallingThenUp(430)), 'ppo_rate_all')[0]?.clause).toBe('the long-term trend continues downwards');
  });

  test('without a trend before, nothing halts', () => {
    const flat: [number, number][] = quiet(48, 500, 30).map((n) => [n, 5000]);
    expect(findings(trendHaltedDetector, ratios('ppo_rate_all', 'force', [...flat.slice(0, 47), [700, 5000]]), 'ppo_rate_all')).toEqual([]);
  });
});
