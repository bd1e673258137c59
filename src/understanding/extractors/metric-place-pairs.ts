import type { Metric } from '../../domain/catalogue-types';
import type { AreaReading } from '../area/area-matcher';

/** A metric with the places its own part of the question named: "burglary in Cambridge". */
export interface MetricPlaces {
  readonly metric: string;
  readonly areas: readonly string[];
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

/**
 * "burglary in Cambridge and robbery in Peterborough": each metric with the places named in its own
 * part (a part naming only places, "… and Fenland", adds them to the metric before it). Undefined when
 * the question does not pair them: a metric part without a place, a place before any metric, or every
 * metric with the same places (then every metric is asked at every place).
 */
export function pairMetricsWithPlaces(text: string, join: RegExp, partMetrics: readonly (Metric | undefined)[], areas: readonly AreaReading[]): MetricPlaces[] | undefined {
  if (areas.length < 2 || areas.some((a) => a.at === undefined)) return undefined;
  const spans = partSpans(text, join);
  if (spans.length !== partMetrics.length) return undefined;
  const groups: { metric: string; areas: string[] }[] = [];
  for (const [i, span] of spans.entries()) {
    const here = areas.filter((a) => a.at !== undefined && a.at >= span.start && a.at < span.end).map((a) => a.area.id);
    const metric = partMetrics[i];
    if (metric) groups.push({ metric: metric.id, areas: here });
    else if (here.length > 0) {
      const before = groups[groups.length - 1];
      if (!before) return undefined;
      before.areas.push(...here);
    }
  }
  if (groups.length < 2 || groups.some((g) => g.areas.length === 0)) return undefined;
  const keys = new Set(groups.map((g) => [...new Set(g.areas)].sort().join(',')));
  if (keys.size === 1) return undefined;
  return groups.map((g) => ({ metric: g.metric, areas: [...new Set(g.areas)] }));
}
