import type { CatalogueIndex } from '../domain/catalogue';
import type { Observation } from '../domain/observation';
import { leavesIn, MONTHS, total } from './leaf-data';
import type { SampleData } from './build-sample-data';

/** Every area and month of every metric, the higher levels summed from the leaves. */
export function sampleObservations(data: SampleData, catalogue: CatalogueIndex): Observation[] {
  const out: Observation[] = [];
  for (const metric of catalogue.ownMetrics) {
    const d = data.get(metric.id);
    if (!d) throw new Error(`no sample data for ${metric.id}`);
    for (const area of catalogue.areas) {
      if (!metric.levels.includes(area.level)) continue;
      MONTHS.forEach((month, m) => {
        if (d.medians) {
          const v = d.medians.get(area.id)?.[m];
          if (v !== undefined) out.push({ metric: metric.id, area: area.id, month, value: v, numerator: null, denominator: null });
        } else if (d.num && d.den) {
          if (d.startAt !== undefined && m < d.startAt) return;
          const numerator = total(d.num, leavesIn(d.num, area.id, catalogue), m);
          const denominator = total(d.den, leavesIn(d.den, area.id, catalogue), m);
          if (denominator > 0) out.push({ metric: metric.id, area: area.id, month, value: (100 * numerator) / denominator, numerator, denominator });
        } else if (d.value) {
          out.push({ metric: metric.id, area: area.id, month, value: total(d.value, leavesIn(d.value, area.id, catalogue), m), numerator: null, denominator: null });
        }
      });
    }
  }
  return out;
}

export const TIDY_HEADER = 'metric,area,month,value,numerator,denominator';

/** One metric's rows in the tidy import format. */
export function toTidyCsv(rows: readonly Observation[], unitOf: (metric: string) => string): string {
  const lines = [TIDY_HEADER];
  for (const r of rows) {
    if (r.numerator !== null && r.denominator !== null) lines.push(`${r.metric},${r.area},${r.month},,${r.numerator},${r.denominator}`);
    else lines.push(`${r.metric},${r.area},${r.month},${unitOf(r.metric) === 'minutes' ? (r.value ?? 0).toFixed(1) : String(r.value)},,`);
  }
  return `${lines.join('\n')}\n`;
}
