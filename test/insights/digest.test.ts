import type { Observation } from '../../src/domain/observation';
import { ObservationIndex } from '../../src/domain/observation-index';
import { buildDigest } from '../../src/insights/digest';
import type { Digest, Headline } from '../../src/insights/headline-types';
import { INSIGHT_CONFIG } from '../../src/insights/insight-config';
import { rankScore } from '../../src/insights/rank';
import { CATALOGUE, counts, LAST, quiet, ratios } from './helpers/series';

function digestOf(observations: readonly Observation[], options: { area?: string; max?: number } = {}): Digest {
  return buildDigest(new ObservationIndex(observations), CATALOGUE, LAST, options);
}

function headlinesOf(d: Digest): readonly Headline[] {
  if (d.kind !== 'headlines') throw new Error(`expected headlines, got ${d.kind}`);
  return d.headlines;
}

/** 48 flat months, then January 2020 at `last`. */
const flatThen = (metric: string, area: string, level: number, last: number) => counts(metric, area, [...Array.from({ length: 47 }, () => level), last]);

/** Counts with a January spike of `sigmas` (roughly) above 48 quiet months: every count metric at the force. */
function spikes(): Observation[] {
  const countMetrics = CATALOGUE.metrics.filter((m) => m.aggregation === 'sum' && m.levels.includes('force'));
  return countMetrics.flatMap((m, i) => counts(m.id, 'force', [...quiet(47, 1000, 50, i + 1), 1000 + 60 + 15 * i]));
}

/** A strategic rate that fell a point since March year end on a large base. */
function strategicFall(): Observation[] {
  const parts: [number, number][] = Array.from({ length: 48 }, (_, i) => [i >= 38 ? 495 : 555, 5000]);
  return ratios('ppo_rate_all', 'force', parts);
}

describe('the digest', () => {
  test('holds at most 10 headlines, most significant first', () => {
    const headlines = headlinesOf(digestOf([...spikes(), ...strategicFall()]));
    expect(headlines.length).toBe(INSIGHT_CONFIG.digestMax);
    const bands = headlines.map((h) => Math.floor(rankScore(CATALOGUE, h) / INSIGHT_CONFIG.equalBand));
    expect([...bands].sort((a, b) => b - a)).toEqual(bands);
  });

  test('a smaller cap is kept', () => {
    expect(headlinesOf(digestOf(spikes(), { max: 3 }))).toHaveLength(3);
  });

  test('puts a strategic outcome rate first among equals', () => {
    const headlines = headlinesOf(digestOf([...spikes(), ...strategicFall()]));
    const strategic = headlines.findIndex((h) => h.metric === 'ppo_rate_all');
    expect(strategic).toBeGreaterThanOrEqual(0);
    const band = (h: Headline) => Math.floor(rankScore(CATALOGUE, h) / INSIGHT_CONFIG.equalBand);
    const own = headlines[strategic];
    expect(headlines.slice(0, strategic).every((h) => own === undefined || band(h) > band(own))).toBe(true);
    expect(own?.strategic).toBe(true);
  });

  test('merges the findings of one metric into one sentence, record first', () => {
    const values = [...quiet(47, 700, 40), 955];
    values[25] = 990; // March 2018 (the 48 months start in February 2016)
    const headlines = headlinesOf(digestOf(counts('ppo_count_all', 'force', values)));
    expect(headlines).toHaveLength(1);
    const [h] = headlines;
    expect(h?.findings.length).toBe(INSIGHT_CONFIG.findingsPerHeadline);
    expect(h?.text).toMatch(/^Prosecution possible outcomes: 955 in January 2020, the highest monthly total since March 2018, .+\.$/);
    expect(h).toMatchObject({ kind: 'highest_since', since: '2018-03', value: 955, good: 'good' });
  });

  test('tells at most two areas of one metric', () => {
    const areas = CATALOGUE.areas.map((a) => a.id);
    const data = areas.flatMap((a, i) => counts('crimes_shoplifting', a, [...quiet(47, 300, 10, i + 1), 600]));
    const headlines = headlinesOf(digestOf(data));
    expect(headlines.filter((h) => h.metric === 'crimes_shoplifting')).toHaveLength(INSIGHT_CONFIG.headlinesPerMetric);
    expect(headlines[0]?.area).toBe('force');
  });

  test('leaves quiet metrics out', () => {
    const data = [...flatThen('crimes_robbery', 'force', 100, 100), ...flatThen('charges', 'force', 500, 900)];
    const headlines = headlinesOf(digestOf(data));
    expect(headlines.map((h) => h.metric)).toEqual(['charges']);
  });

  test('says "nothing unusual" when nothing qualifies', () => {
    const d = digestOf(flatThen('crimes_robbery', 'force', 100, 100));
    expect(d).toEqual({ kind: 'nothing_unusual', month: LAST, text: 'Nothing unusual in January 2020: no figure moved beyond its normal range.' });
  });

  test('says so when the month has no figures', () => {
    const d = buildDigest(new ObservationIndex(flatThen('crimes_robbery', 'force', 100, 100)), CATALOGUE, '2020-03');
    expect(d.kind).toBe('no_data');
    expect(d.kind !== 'headlines' && d.text).toBe('I hold no figures for March 2020, so there are no headlines to give (the latest month I hold is January 2020).');
  });

  test('with an area, tells only that area and its districts', () => {
    const data = CATALOGUE.areas.flatMap((a, i) => flatThen('charges', a.id, 100 + i, 300));
    const headlines = headlinesOf(digestOf(data, { area: 'south' }));
    const allowed = new Set(['south', ...CATALOGUE.districtsUnder('south').map((a) => a.id)]);
    expect(headlines.length).toBeGreaterThan(0);
    expect(headlines.every((h) => allowed.has(h.area))).toBe(true);
    expect(headlines[0]?.text).toMatch(/^Charges and summonses in South: 300 in January 2020/);
  });

  test('leaves out rates on fewer than 30 cases', () => {
    const tiny: [number, number][] = [...Array.from({ length: 47 }, () => [1, 2] as [number, number]), [2, 2]];
    expect(digestOf(ratios('ppo_rate_robbery', 'force', tiny)).kind).toBe('nothing_unusual');
  });
});
