import type { Observation } from '../../src/domain/observation';
import { addMonths, monthIndex } from '../../src/domain/month';
import { loadCatalogue } from '../../src/io/load-catalogue';

/**
 * Simple, exactly known data for every catalogue metric at every level it has, 2015-04 to 2020-01:
 * districts hold `base + month number`, areas and the force add up. Ratio metrics hold numerator
 * = month number + district number and denominator 100 per district. Medians are 10 + district
 * number, points are 1000 per district.
 */
export function syntheticObservations(from = '2015-04', to = '2020-01'): Observation[] {
  const catalogue = loadCatalogue();
  const out: Observation[] = [];
  const districts = catalogue.areasAtLevel('district');
  for (const metric of catalogue.metrics) {
    for (let month = from; monthIndex(month) <= monthIndex(to); month = addMonths(month, 1)) {
      const n = monthIndex(month) - monthIndex(from) + 1;
      const perDistrict = districts.map((d, i) => {
        if (metric.aggregation === 'ratio') return { value: null, numerator: n % 50 + i + 1, denominator: 100 };
        if (metric.aggregation === 'median') return { value: 10 + i, numerator: null, denominator: null };
        if (metric.aggregation === 'point') return { value: 1000, numerator: null, denominator: null };
        return { value: 100 * (i + 1) + n, numerator: null, denominator: null };
      });
      for (const area of catalogue.areas) {
        if (!metric.levels.includes(area.level)) continue;
        const under = catalogue.districtsUnder(area.id).map((d) => perDistrict[districts.indexOf(d)]!);
        const sum = (k: 'value' | 'numerator' | 'denominator') => under.reduce((s, p) => s + (p[k] ?? 0), 0);
        if (metric.aggregation === 'ratio') {
          const numerator = sum('numerator');
          const denominator = sum('denominator');
          out.push({ metric: metric.id, area: area.id, month, value: (100 * numerator) / denominator, numerator, denominator });
        } else if (metric.aggregation === 'median') {
          out.push({ metric: metric.id, area: area.id, month, value: 10 + under.length, numerator: null, denominator: null });
        } else {
          out.push({ metric: metric.id, area: area.id, month, value: sum('value'), numerator: null, denominator: null });
        }
      }
    }
  }
  return out;
}
