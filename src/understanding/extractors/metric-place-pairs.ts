import type { Metric } from '../../domain/catalogue-types';
import type { AreaReading } from '../area/area-matcher';
import type { PeriodReading, PeriodSpec } from '../period/period-spec';

/** One part of a question: a metric with the places and periods said with it ("burglary in Cambridge in January"). */
export interface MetricPlaces {
  readonly metric: string;
  readonly areas: readonly string[];
  /** Periods said in this part; none means the question's periods. */
  readonly periods?: readonly PeriodSpec[];
}

/** Where each part of a list starts and ends in the text (the same matches `split(join)` splits on). */
export function partSpans(text: string, join: RegExp): { start: number; end: number }[] {
  const re = new RegExp(join.source, 'g');
  const spans: { start: number; end: number }[] = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    spans.push({ start: last, end: m.index });
    last = m.index + m[0].length;
  }
  spans.push({ start: last, end: text.length });
  return spans;
}

interface Group {
  metric: string;
  areas: string[];
  periods: PeriodSpec[];
}

/**
 * "burglary in Cambridge and robbery in Peterborough", "burglary in Peterborough in March and in
 * Fenland in June": each part of a list with the metric, places and periods it names. A part that
 * names no metric takes the one before; a part naming only a period adds it to the part before.
 * Undefined when the question does not pair them: a part without a place, a place before any metric,
 * or every part alike (then every metric is asked at every place and period).
 */
export function pairMetricsWithPlaces(text: string, join: RegExp, partMetrics: readonly (Metric | undefined)[], areas: readonly AreaReading[], periods: readonly PeriodReading[] = []): MetricPlaces[] | undefined {
  if (areas.length < 2 || areas.some((a) => a.at === undefined) || periods.some((p) => p.at === undefined)) return undefined;
  const spans = partSpans(text, join);
  if (spans.length !== partMetrics.length) return undefined;
  const groups: Group[] = [];
  for (const [i, span] of spans.entries()) {
    const inside = (at: number | undefined) => at !== undefined && at >= span.start && at < span.end;
    const here = areas.filter((a) => inside(a.at)).map((a) => a.area.id);
    const when = periods.filter((p) => inside(p.at)).map((p) => p.spec);
    const before = groups[groups.length - 1];
    const metric = partMetrics[i]?.id ?? before?.metric;
    if (metric === undefined) {
      if (here.length > 0 || when.length > 0) return undefined;
      continue;
    }
    if (partMetrics[i] || (here.length > 0 && (before?.areas.length ?? 0) > 0) || !before) groups.push({ metric, areas: here, periods: when });
    else {
      before.areas.push(...here);
      before.periods.push(...when);
    }
  }
  if (groups.length < 2 || groups.some((g) => g.areas.length === 0)) return undefined;
  const keyOf = (g: Group) => `${g.metric}|${[...new Set(g.areas)].sort().join(',')}|${g.periods.map((p) => JSON.stringify(p)).join(',')}`;
  if (new Set(groups.map((g) => keyOf(g).replace(/^[^|]*\|/, ''))).size === 1) return undefined;
  if (new Set(groups.map(keyOf)).size !== groups.length) return undefined;
  // Pairs that give what crossing every metric, place and period gives add nothing ("burglary in Cambridge and Peterborough").
  const allPeriods = Math.max(1, periods.length);
  const crossed = new Set(groups.map((g) => g.metric)).size * new Set(groups.flatMap((g) => g.areas)).size * allPeriods;
  const paired = groups.reduce((n, g) => n + new Set(g.areas).size * (g.periods.length > 0 ? g.periods.length : allPeriods), 0);
  if (paired === crossed) return undefined;
  return groups.map((g) => ({ metric: g.metric, areas: [...new Set(g.areas)], ...(g.periods.length > 0 ? { periods: g.periods } : {}) }));
}
