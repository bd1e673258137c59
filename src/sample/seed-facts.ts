import type { CatalogueIndex } from '../domain/catalogue';
import { benchmarkValue } from '../domain/comparisons';
import { addMonths, monthRange, type Month } from '../domain/month';
import type { ObservationIndex } from '../domain/observation-index';
import { linearTrend } from '../domain/trend';
import { monthWindow, rolling12Window, type Window } from '../domain/window';
import { windowSeries } from '../domain/window-series';
import { windowNumber } from '../domain/window-value';

/** One figure of seed-facts.md, checked through the semantic layer: undefined when it holds, else why not. */
export interface SeedFact {
  readonly id: string;
  readonly what: string;
  check(q: FactReader): string | undefined;
}

/** Reads figures for the checks. */
export class FactReader {
  constructor(private readonly index: ObservationIndex, private readonly catalogue: CatalogueIndex) {}

  value(metric: string, area: string, w: Window): number {
    const m = this.catalogue.metric(metric);
    if (!m) throw new Error(`unknown metric ${metric}`);
    const v = windowNumber(this.index, m, area, w);
    if (v === undefined) throw new Error(`no value for ${metric} ${area} ${w.from}..${w.to}`);
    return v;
  }

  month(metric: string, month: Month, area = 'force'): number {
    return this.value(metric, area, monthWindow(month));
  }

  r12(metric: string, to: Month, area = 'force'): number {
    return this.value(metric, area, rolling12Window(to));
  }

  sum(metric: string, from: Month, to: Month, area = 'force'): number {
    return this.value(metric, area, { kind: 'range', from, to });
  }

  has(metric: string, month: Month, area = 'force'): boolean {
    return this.index.get(metric, area, month) !== undefined;
  }

  benchmark(metric: string, to: Month): number {
    const m = this.catalogue.metric(metric);
    const b = m ? benchmarkValue(this.index, m, 'force', rolling12Window(to)) : undefined;
    if (!b) throw new Error(`no benchmark for ${metric}`);
    return b.value;
  }

  trend24(metric: string, to: Month): 'up' | 'down' | 'flat' {
    const m = this.catalogue.metric(metric);
    if (!m) throw new Error(`unknown metric ${metric}`);
    return linearTrend(windowSeries(this.index, m, 'force', rolling12Window(to), 24))?.direction ?? 'flat';
  }
}

const r1 = (v: number) => Math.round(v * 10) / 10;
const eq1 = (v: number, want: number, label: string) => (r1(v) === want ? undefined : `${label} is ${v.toFixed(3)}, not ${want}`);
const all = (...checks: (string | undefined)[]) => checks.find((c) => c !== undefined);
const cond = (ok: boolean, why: string) => (ok ? undefined : why);
const months = (from: Month, to: Month) => monthRange(from, to);

function highestSince(q: FactReader, metric: string, month: Month, value: number, since: Month): string | undefined {
  return all(
    cond(q.month(metric, month) === value, `${metric} ${month} is ${q.month(metric, month)}, not ${value}`),
    cond(q.month(metric, since) >= value, `${metric} ${since} is below ${value}`),
    ...months(addMonths(since, 1), addMonths(month, -1)).map((m) => cond(q.month(metric, m) < value, `${metric} ${m} reaches ${value}`)),
  );
}

function highestOf12(q: FactReader, metric: string, value: number): string | undefined {
  return all(
    cond(q.month(metric, '2020-01') === value, `${metric} 2020-01 is ${q.month(metric, '2020-01')}, not ${value}`),
    ...months('2019-02', '2019-12').map((m) => cond(q.month(metric, m) < value, `${metric} ${m} reaches ${value}`)),
  );
}

const prev = (m: Month) => addMonths(m, -1);

export const SEED_FACTS: readonly SeedFact[] = [
  { id: 'F1', what: 'ppo_count_all 2020-01 = 955, highest since 2018-03', check: (q) => highestSince(q, 'ppo_count_all', '2020-01', 955, '2018-03') },
  { id: 'F2', what: 'ppo_rate_all rolling 12 to 2020-01 = 10.1%', check: (q) => eq1(q.r12('ppo_rate_all', '2020-01'), 10.1, 'rate') },
  { id: 'F3', what: 'ppo_rate_all rolling 12 to 2019-03 = 11.1%', check: (q) => eq1(q.r12('ppo_rate_all', '2019-03'), 11.1, 'rate') },
  { id: 'F4', what: 'ppo_rate_all benchmark within ±0.3ppt of 10.1%', check: (q) => cond(Math.abs(q.benchmark('ppo_rate_all', '2020-01') - 10.1) <= 0.3, `benchmark ${q.benchmark('ppo_rate_all', '2020-01')}`) },
  { id: 'F5', what: 'community_resolutions 2019-11..2020-01 = 452', check: (q) => cond(q.sum('community_resolutions', '2019-11', '2020-01') === 452, `sum ${q.sum('community_resolutions', '2019-11', '2020-01')}`) },
  { id: 'F6', what: 'charges 2020-01 = 663, highest of 12 months', check: (q) => highestOf12(q, 'charges', 663) },
  { id: 'F7', what: 'tics 2020-01 = 51, highest of 12 months', check: (q) => highestOf12(q, 'tics', 51) },
  { id: 'F8', what: 'ppo_rate_dwelling_burglary rolling 12 to 2020-01 = 9.6%', check: (q) => eq1(q.r12('ppo_rate_dwelling_burglary', '2020-01'), 9.6, 'rate') },
  { id: 'F9', what: 'ppo_rate_dwelling_burglary rolling 12 to 2019-03 = 6.9%', check: (q) => eq1(q.r12('ppo_rate_dwelling_burglary', '2019-03'), 6.9, 'rate') },
  { id: 'F10', what: 'South dwelling burglary rate 10.5%, rising 2019-10..2020-01', check: (q) => all(eq1(q.r12('ppo_rate_dwelling_burglary', '2020-01', 'south'), 10.5, 'South rate'), ...['2019-11', '2019-12', '2020-01'].map((m) => cond(q.r12('ppo_rate_dwelling_burglary', m, 'south') > q.r12('ppo_rate_dwelling_burglary', prev(m), 'south'), `South rate not rising at ${m}`))) },
  { id: 'F11', what: 'North dwelling burglary rate 8.0%, within 7.5–8.5 from 2019-08', check: (q) => all(eq1(q.r12('ppo_rate_dwelling_burglary', '2020-01', 'north'), 8.0, 'North rate'), ...months('2019-08', '2020-01').map((m) => { const v = q.r12('ppo_rate_dwelling_burglary', m, 'north'); return cond(v >= 7.5 && v <= 8.5, `North rate ${v.toFixed(2)} at ${m}`); })) },
  { id: 'F12', what: 'ppo_rate_domestic_abuse to 2020-01 = 10.2%', check: (q) => eq1(q.r12('ppo_rate_domestic_abuse', '2020-01'), 10.2, 'rate') },
  { id: 'F13', what: 'ppo_rate_domestic_abuse to 2019-03 = 13.8%', check: (q) => eq1(q.r12('ppo_rate_domestic_abuse', '2019-03'), 13.8, 'rate') },
  { id: 'F14', what: 'ppo_count_domestic_abuse 2020-01 = 28, highest since 2018-01', check: (q) => highestSince(q, 'ppo_count_domestic_abuse', '2020-01', 28, '2018-01') },
  { id: 'F15', what: 'dq_records_assessed 2020-01 = 1,601', check: (q) => cond(q.month('dq_records_assessed', '2020-01') === 1601, 'not 1,601') },
  { id: 'F16', what: 'dq_pass_rate 2020-01 = 53.8%, December within ±1.0', check: (q) => all(eq1(q.month('dq_pass_rate', '2020-01'), 53.8, 'pass rate'), cond(Math.abs(q.month('dq_pass_rate', '2019-12') - q.month('dq_pass_rate', '2020-01')) <= 1, 'December not stable')) },
  { id: 'F17', what: 'casefiles_assessed 2019-09..2020-01 over 1,100, none before', check: (q) => { const s = q.sum('casefiles_assessed', '2019-09', '2020-01'); return all(cond(s >= 1101 && s <= 1199, `sum ${s}`), ...months('2015-04', '2019-08').map((m) => cond(q.month('casefiles_assessed', m) === 0, `${m} not zero`))); } },
  { id: 'F18', what: 'domestic_prompt_da_share 2020-01 = 75.0%, nothing before', check: (q) => all(eq1(q.month('domestic_prompt_da_share', '2020-01'), 75.0, 'share'), cond(!q.has('domestic_prompt_da_share', '2019-12'), 'data before 2020-01')) },
  { id: 'F19', what: 'cdi_compliance 88.9% / 88.6%', check: (q) => all(eq1(q.month('cdi_compliance', '2020-01'), 88.9, 'January'), eq1(q.month('cdi_compliance', '2019-12'), 88.6, 'December')) },
  { id: 'F20', what: 'cid_live_investigations North 2020-01 above 800', check: (q) => cond(q.month('cid_live_investigations', '2020-01', 'north') > 800, 'not above 800') },
  { id: 'F21', what: '999 answered in 10s: January higher than December', check: (q) => cond(q.month('calls_999_answered_10s', '2020-01') > q.month('calls_999_answered_10s', '2019-12'), 'not higher') },
  { id: 'F22', what: '101 abandoned: January higher than December', check: (q) => cond(q.month('calls_101_abandoned_rate', '2020-01') > q.month('calls_101_abandoned_rate', '2019-12'), 'not higher') },
  { id: 'F23', what: 'violence with injury: Jan above Jan 2019, below Dec; rising trend', check: (q) => all(cond(q.month('crimes_violence_with_injury', '2020-01') > q.month('crimes_violence_with_injury', '2019-01'), 'not above Jan 2019'), cond(q.month('crimes_violence_with_injury', '2020-01') < q.month('crimes_violence_with_injury', '2019-12'), 'not below December'), cond(q.trend24('crimes_violence_with_injury', '2020-01') === 'up', 'no rising trend')) },
  { id: 'F24', what: 'robbery: Jan below Jan 2019; falling trend', check: (q) => all(cond(q.month('crimes_robbery', '2020-01') < q.month('crimes_robbery', '2019-01'), 'not below Jan 2019'), cond(q.trend24('crimes_robbery', '2020-01') === 'down', 'no falling trend')) },
  { id: 'F25', what: 'weapon_rate_violence_with_injury 6.0% / 3.8%', check: (q) => all(eq1(q.month('weapon_rate_violence_with_injury', '2020-01'), 6.0, 'January'), eq1(q.month('weapon_rate_violence_with_injury', '2019-01'), 3.8, 'January 2019')) },
  { id: 'F26', what: 'weapon_rate_robbery 23.8% / 19.5%', check: (q) => all(eq1(q.month('weapon_rate_robbery', '2020-01'), 23.8, 'January'), eq1(q.month('weapon_rate_robbery', '2019-01'), 19.5, 'January 2019')) },
  { id: 'F27', what: 'ppo_rate_violence_with_injury 15.8% / 16.9%', check: (q) => all(eq1(q.r12('ppo_rate_violence_with_injury', '2020-01'), 15.8, 'to January'), eq1(q.r12('ppo_rate_violence_with_injury', '2019-03'), 16.9, 'to March 2019')) },
  { id: 'F28', what: 'ppo_rate_robbery 12.1% / 10.9%', check: (q) => all(eq1(q.r12('ppo_rate_robbery', '2020-01'), 12.1, 'to January'), eq1(q.r12('ppo_rate_robbery', '2019-03'), 10.9, 'to March 2019')) },
  { id: 'F29', what: 'incidents_dwelling_burglary 246, highest of 12; up in three districts', check: (q) => all(highestOf12(q, 'incidents_dwelling_burglary', 246), ...['peterborough', 'cambridge', 'south_cambridgeshire'].map((d) => cond(q.month('incidents_dwelling_burglary', '2020-01', d) > q.month('incidents_dwelling_burglary', '2019-12', d), `${d} not up`))) },
  { id: 'F30', what: 'immediate burglary response: January a little lower than December', check: (q) => { const j = q.month('response_immediate_burglary_median_mins', '2020-01'); const d = q.month('response_immediate_burglary_median_mins', '2019-12'); return cond(j < d && j > d * 0.9, `January ${j}, December ${d}`); } },
  { id: 'F31', what: 'prompt burglary response: within ±2%', check: (q) => { const j = q.month('response_prompt_burglary_median_mins', '2020-01'); const d = q.month('response_prompt_burglary_median_mins', '2019-12'); return cond(Math.abs(j - d) <= 0.02 * d, `January ${j}, December ${d}`); } },
  { id: 'F32', what: 'crimes_dwelling_burglary 225 / 222 / December below 225', check: (q) => all(cond(q.month('crimes_dwelling_burglary', '2020-01') === 225, 'January not 225'), cond(q.month('crimes_dwelling_burglary', '2019-01') === 222, 'January 2019 not 222'), cond(q.month('crimes_dwelling_burglary', '2019-12') < 225, 'December not below')) },
  { id: 'F33', what: 'assets_restrained_gbp £12,484,457', check: (q) => cond(q.month('assets_restrained_gbp', '2020-01') === 12484457, 'not £12,484,457') },
  { id: 'F34', what: 'afo_value_gbp £1,964,341', check: (q) => cond(q.month('afo_value_gbp', '2020-01') === 1964341, 'not £1,964,341') },
  { id: 'F35', what: 'oocd_positive_outcomes 2020-01 above 200, zero before 2019-12', check: (q) => all(cond(q.month('oocd_positive_outcomes', '2020-01') > 200, 'not above 200'), ...months('2015-04', '2019-11').map((m) => cond(q.month('oocd_positive_outcomes', m) === 0, `${m} not zero`))) },
  { id: 'F36', what: 'prompt_over_4h_rate 2020-01 above 20%', check: (q) => cond(q.month('prompt_over_4h_rate', '2020-01') > 20, 'not above 20%') },
];

/** Every fact that fails, with why. */
export function failingFacts(index: ObservationIndex, catalogue: CatalogueIndex): string[] {
  const q = new FactReader(index, catalogue);
  return SEED_FACTS.flatMap((f) => {
    try {
      const why = f.check(q);
      return why === undefined ? [] : [`${f.id} (${f.what}): ${why}`];
    } catch (err) {
      return [`${f.id} (${f.what}): ${(err as Error).message}`];
    }
  });
}
