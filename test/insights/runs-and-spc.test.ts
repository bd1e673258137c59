import { runDetector } from '../../src/insights/detectors/run';
import { spcLimitsDetector } from '../../src/insights/detectors/spc-limits';
import { spcRunDetector } from '../../src/insights/detectors/spc-run';
import { counts, findings, quiet, ratios } from './helpers/series';

describe('rising and falling: 4 or more months in a row one way', () => {
  test('a rolling-12 rate up in each month since October is rising, and good for an outcome rate', () => {
    // Steady months, then four months each with more outcomes: the rolling figure climbs from October.
    const parts: [number, number][] = [...Array.from({ length: 44 }, () => [20, 200] as [number, number]), [19, 200], [24, 200], [26, 200], [28, 200]];
    const [found] = findings(runDetector, ratios('ppo_rate_dwelling_burglary', 'south', parts), 'ppo_rate_dwelling_burglary', 'south');
    expect(found).toMatchObject({ kind: 'rising', since: '2019-10', good: 'good', changeUnit: 'ppt' });
    expect(found?.text).toMatch(/^Dwelling burglary prosecution possible outcome rate in South, 12 months to January 2020: \d+\.\d%, rising month on month since October 2019\.$/);
  });

  test('a count falling five months in a row', () => {
    const [found] = findings(runDetector, counts('asb_incidents', 'force', [...quiet(30, 900, 20), 950, 900, 850, 800, 750]), 'asb_incidents');
    expect(found).toMatchObject({ kind: 'falling', since: '2019-09', good: 'good' });
    expect(found?.score).toBeGreaterThan(2);
  });

  test('three months one way is not yet a run', () => {
    expect(findings(runDetector, counts('asb_incidents', 'force', [...quiet(30, 900, 20), 950, 900, 850]), 'asb_incidents')).toEqual([]);
  });
});

describe('spc_signal: statistical process control on monthly figures', () => {
  test('a month beyond 3 sigma of the previous 24 months', () => {
    const [found] = findings(spcLimitsDetector, counts('incidents_dwelling_burglary', 'force', [...quiet(36, 200, 15), 300]), 'incidents_dwelling_burglary');
    expect(found).toMatchObject({ kind: 'spc_signal', good: 'bad' });
    expect(found?.clause).toMatch(/^above the upper control limit for January \(\d+\) set by the previous 24 months$/);
    expect(found?.score).toBeGreaterThan(3);
  });

  test('a month inside the limits is quiet', () => {
    expect(findings(spcLimitsDetector, counts('incidents_dwelling_burglary', 'force', [...quiet(36, 200, 15), 210]), 'incidents_dwelling_burglary')).toEqual([]);
  });

  test('eight months in a row above the earlier average', () => {
    const before = quiet(36, 200, 15);
    before.fill(190, 32);
    const values = [...before, ...quiet(8, 225, 10, 3)];
    const [found] = findings(spcRunDetector, counts('incidents_dwelling_burglary', 'force', values), 'incidents_dwelling_burglary');
    expect(found?.clause).toBe('above its usual level for the time of year for 8 months in a row');
  });

  test('months either side of the average make no run', () => {
    expect(findings(spcRunDetector, counts('incidents_dwelling_burglary', 'force', quiet(44, 200, 15)), 'incidents_dwelling_burglary')).toEqual([]);
  });

  test('a rolling-12 measure is not charted', () => {
    const parts: [number, number][] = [...Array.from({ length: 36 }, () => [500, 5000] as [number, number]), [900, 5000]];
    expect(findings(spcLimitsDetector, ratios('ppo_rate_all', 'force', parts), 'ppo_rate_all')).toEqual([]);
  });
});

describe('the time of year', () => {
  /** Five years of a series that peaks in July and dips in January, with a little noise. */
  const seasonal = () => {
    const wobble = quiet(58, 0, 8, 5);
    return wobble.map((w, i) => Math.round(500 + 80 * Math.cos((2 * Math.PI * (i - 3)) / 12) + w));
  };

  test('the fall from summer to January that comes every year is not a run', () => {
    expect(findings(runDetector, counts('crimes_criminal_damage', 'force', seasonal()), 'crimes_criminal_damage')).toEqual([]);
  });

  test('a January as low as Januaries are is inside its control limits', () => {
    expect(findings(spcLimitsDetector, counts('crimes_criminal_damage', 'force', seasonal()), 'crimes_criminal_damage')).toEqual([]);
  });

  test('a January far below other Januaries is outside them, with the limit for January', () => {
    const values = seasonal();
    values[values.length - 1] = (values[values.length - 1] ?? 0) - 80;
    const [found] = findings(spcLimitsDetector, counts('crimes_criminal_damage', 'force', values), 'crimes_criminal_damage');
    expect(found?.clause).toMatch(/^below the lower control limit for January \(\d+\) set by the previous 24 months$/);
  });
});
