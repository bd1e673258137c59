import type { Metric } from '../domain/catalogue-types';
import { twoProportionSe } from '../insights/significance';
import type { RankLevel, RankOrder } from '../understanding/intent/ranking-words';
import type { AnswerResult } from './reply-types';

/** Two neighbours closer than this many standard errors are "within noise" (two-sided 5%). */
const TIE_Z = 1.96;

/** How a ranking was ordered, for the text, the card and the JSON `ranking` field. */
export interface RankingView {
  readonly level: RankLevel;
  /** The level the question named, when the metric is not held there and the places are of another. */
  readonly levelAsked?: RankLevel;
  readonly asked: RankOrder;
  readonly order: 'asc' | 'desc';
  readonly by: 'value' | 'per1000';
  readonly top?: number;
  /** "worst" or "best" of a metric with no better direction: ordered by size, and the text says so. */
  readonly neutral: boolean;
  /** For each result after the first: whether it is within noise of the one before it. */
  readonly tiedWithPrevious: readonly boolean[];
  /** The figure for the whole scope (the force), shown as a reference. */
  readonly reference?: AnswerResult;
}

/** Descending or ascending, as asked: "worst" and "best" follow the metric's polarity. */
export function rankDirection(asked: RankOrder, metric: Metric): 'asc' | 'desc' {
  switch (asked) {
    case 'most': return 'desc';
    case 'least': return 'asc';
    case 'worst': return metric.polarity === 'up' ? 'asc' : 'desc';
    case 'best': return metric.polarity === 'up' ? 'desc' : 'asc';
  }
}

/** The number a ranking orders by; null sorts last. */
export function rankValue(r: AnswerResult, by: 'value' | 'per1000'): number | null {
  return by === 'per1000' ? r.perHead?.per1000 ?? null : r.value;
}

/** Whether two places' figures differ by less than chance would explain. */
export function withinNoise(a: AnswerResult, b: AnswerResult, by: 'value' | 'per1000'): boolean {
  const va = rankValue(a, by);
  const vb = rankValue(b, by);
  if (va === null || vb === null) return false;
  if (va === vb) return true;
  const diff = Math.abs(va - vb);
  if (by === 'per1000' && a.perHead && b.perHead && a.value !== null && b.value !== null) {
    // A count is Poisson: the variance of count × 1000 / population is count × (1000 / population)².
    const ka = 1000 / a.perHead.population.value;
    const kb = 1000 / b.perHead.population.value;
    const se = Math.sqrt(Math.max(a.value, 0) * ka * ka + Math.max(b.value, 0) * kb * kb);
    return se > 0 && diff / se < TIE_Z;
  }
  if (a.metric.unit === 'count' && a.metric.aggregation === 'sum') {
    const se = Math.sqrt(Math.max(va, 0) + Math.max(vb, 0));
    return se > 0 && diff / se < TIE_Z;
  }
  if (a.numerator !== undefined && a.denominator !== undefined && b.numerator !== undefined && b.denominator !== undefined) {
    const se = twoProportionSe(a.numerator, a.denominator, b.numerator, b.denominator);
    return se !== undefined && se > 0 && diff / se < TIE_Z;
  }
  return false;
}

/** The places in the order asked, each with its rank; places without a figure go last. */
export function rankPlaces(results: readonly AnswerResult[], asked: RankOrder, by: 'value' | 'per1000'): AnswerResult[] {
  const metric = results[0]?.metric;
  if (!metric) return [];
  const sign = rankDirection(asked, metric) === 'desc' ? -1 : 1;
  const sorted = [...results].sort((a, b) => {
    const va = rankValue(a, by);
    const vb = rankValue(b, by);
    if (va === null || vb === null) return va === null ? (vb === null ? 0 : 1) : -1;
    return sign * (va - vb) || a.area.name.localeCompare(b.area.name);
  });
  return sorted.map((r, i) => ({ ...r, rank: i + 1 }));
}
