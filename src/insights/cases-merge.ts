import type { CatalogueIndex } from '../domain/catalogue';
import type { Headline } from './headline-types';

/**
 * Each count that is the denominator of exactly one of the force's rates with the same default
 * window, mapped to that rate: the cases a rate rests on (records assessed for the data quality pass
 * rate, 999 calls for the share answered within 10 seconds). A count behind two rates (all crime)
 * belongs to neither.
 */
export function casesOf(catalogue: CatalogueIndex): ReadonlyMap<string, string> {
  const rates = new Map<string, string[]>();
  for (const m of catalogue.ownMetrics) {
    const cases = m.ratio?.denominatorMetric;
    const count = cases !== undefined ? catalogue.metric(cases) : undefined;
    if (m.aggregation !== 'ratio' || !count || count.window !== m.window) continue;
    rates.set(count.id, [...(rates.get(count.id) ?? []), m.id]);
  }
  const out = new Map<string, string>();
  for (const [count, list] of rates) if (list.length === 1 && list[0] !== undefined) out.set(count, list[0]);
  return out;
}

/** Both headlines in one, about the rate: its sentence, then its cases' ("101 calls received: …"). */
function joined(rate: Headline, cases: Headline): Headline {
  return {
    ...rate,
    score: Math.max(rate.score, cases.score),
    strategic: rate.strategic || cases.strategic,
    text: `${rate.text} ${cases.text}`,
    findings: [...rate.findings, ...cases.findings],
  };
}

/**
 * A rate and the count of its cases told as one headline, as the paper tells them ("the Athena Data
 * Quality Assessment Tool was used … to assess 1,601 records last month. 53.8% were judged to have
 * passed"): when both have something to say in the same area, the count's sentence follows the
 * rate's and the pair takes one place in the digest, ranked by its better finding. `notable` says
 * whether a headline may stand on its own (a finding at the digest score); a pair stands when
 * either part does.
 */
export function mergeCases(catalogue: CatalogueIndex, headlines: readonly Headline[], notable: (h: Headline) => boolean): Headline[] {
  const cases = casesOf(catalogue);
  const byKey = new Map(headlines.map((h) => [`${h.metric}|${h.area}`, h]));
  const used = new Set<Headline>();
  const out: Headline[] = [];
  for (const h of headlines) {
    const rateId = cases.get(h.metric);
    const rate = rateId !== undefined ? byKey.get(`${rateId}|${h.area}`) : undefined;
    if (!rate || (!notable(rate) && !notable(h))) continue;
    out.push(joined(rate, h));
    used.add(rate).add(h);
  }
  return [...out, ...headlines.filter((h) => !used.has(h) && notable(h))];
}
