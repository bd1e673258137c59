import type { CatalogueIndex } from '../domain/catalogue';
import type { Metric } from '../domain/catalogue-types';
import { monthNumber } from '../domain/month';
import { countLeaves, numeratorLeaves } from './base-series';
import { leafIds, MONTHS, type Leaves } from './leaf-data';
import { createRng, gaussian } from './rng';
import { COUNT_SHAPES, MEDIAN_LEVELS, OWN_DENOMINATORS, pathAt, RATE_PATHS, SEED, type RatePath } from './sample-spec';

/** A metric's sample figures: leaves of values (counts, stocks), of numerators and denominators (ratios), or medians by area. */
export interface SampleMetric {
  readonly metric: Metric;
  value?: Leaves;
  num?: Leaves;
  den?: Leaves;
  medians?: Map<string, number[]>;
  /** Ratio rows start at this month position (earlier months have no denominator). */
  startAt?: number;
}

export type SampleData = Map<string, SampleMetric>;

function leaves(ids: readonly string[], values: number[][]): Leaves {
  return { ids, values };
}

function ratePath(id: string, leafArea: (leaf: number) => string): (m: number, leaf: number) => number {
  const spec = RATE_PATHS[id];
  if (!spec) throw new Error(`no rate path for ${id}`);
  const isPair = Array.isArray(spec[0]?.[0]);
  return (m, leaf) => {
    const path = (isPair ? (spec as readonly RatePath[])[leafArea(leaf) === 'north' ? 0 : 1] : (spec as RatePath)) ?? [];
    return pathAt(path, m);
  };
}

function randomWalk(start: number, step: number, rng: () => number, drift = 0): number[] {
  const out: number[] = [];
  let v = start;
  for (let m = 0; m < MONTHS.length; m++) {
    out.push(Math.round(v));
    v = Math.max(0, v * (1 + drift + step * gaussian(rng)));
  }
  return out;
}

/** Generates every metric's figures from the shapes, before the paper's figures are fitted. */
export function buildSampleData(catalogue: CatalogueIndex): SampleData {
  const rng = createRng(SEED);
  const data: SampleData = new Map();
  const areaOfLeaf = (ids: readonly string[]) => (leaf: number) => {
    const a = catalogue.area(ids[leaf] ?? '');
    return a?.level === 'district' ? a.parent ?? '' : a?.id ?? '';
  };
  for (const metric of catalogue.ownMetrics) {
    const ids = leafIds(metric, catalogue);
    const shape = COUNT_SHAPES[metric.id];
    if (metric.aggregation === 'sum' && shape) data.set(metric.id, { metric, value: leaves(ids, countLeaves(shape, ids.length, rng, 1)) });
  }
  for (const metric of catalogue.ownMetrics) {
    const ids = leafIds(metric, catalogue);
    if (metric.aggregation === 'sum' && !data.has(metric.id)) {
      // Outcome counts: the crimes of their rate metric times a rate path; charges: a share of all outcomes.
      const rate = catalogue.metrics.find((r) => r.ratio?.numeratorMetric === metric.id && r.ratio.denominatorMetric);
      const denId = metric.id === 'charges' ? 'ppo_count_all' : rate?.ratio?.denominatorMetric;
      const den = denId ? data.get(denId)?.value : undefined;
      if (!den) throw new Error(`no base for ${metric.id}`);
      data.set(metric.id, { metric, value: leaves(ids, numeratorLeaves(den.values, ratePath(metric.id, areaOfLeaf(ids)), rng, metric.id === 'ppo_count_domestic_abuse' ? 0.01 : 0.04)) });
    }
  }
  for (const metric of catalogue.ownMetrics) {
    const ids = leafIds(metric, catalogue);
    if (metric.aggregation === 'ratio') {
      const shared = metric.ratio?.denominatorMetric ? data.get(metric.ratio.denominatorMetric)?.value : undefined;
      const ownShape = OWN_DENOMINATORS[metric.id];
      const den = shared ?? (ownShape ? leaves(ids, countLeaves(ownShape, ids.length, rng, 1)) : undefined);
      if (!den) throw new Error(`no denominator for ${metric.id}`);
      const numShared = metric.ratio?.numeratorMetric ? data.get(metric.ratio.numeratorMetric)?.value : undefined;
      const num = numShared ?? leaves(ids, numeratorLeaves(den.values, ratePath(metric.id, areaOfLeaf(ids)), rng, 0.03));
      data.set(metric.id, { metric, num, den });
    } else if (metric.aggregation === 'median') {
      const levels = MEDIAN_LEVELS[metric.id] ?? {};
      const medians = new Map<string, number[]>();
      for (const area of catalogue.areas) {
        if (!metric.levels.includes(area.level)) continue;
        const level = levels[area.id] ?? 12;
        medians.set(area.id, MONTHS.map((month) => Math.round(10 * level * (1 + 0.06 * Math.cos((2 * Math.PI * (monthNumber(month) - 12)) / 12) + 0.04 * gaussian(rng))) / 10));
      }
      data.set(metric.id, { metric, medians });
    } else if (metric.aggregation === 'point') {
      const values = ids.map((id) => (metric.unit === 'gbp' ? randomWalk(metric.id === 'afo_value_gbp' ? 600000 : 5200000, 0.04, rng, 0.015) : randomWalk(id === 'north' ? 640 : 860, 0.03, rng, 0.004)));
      data.set(metric.id, { metric, value: leaves(ids, values) });
    }
  }
  return data;
}
