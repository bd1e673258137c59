import type { CatalogueIndex } from '../domain/catalogue';
import type { Query } from '../understanding/query';
import type { Understanding } from '../understanding/understanding-types';
import { comparisonName } from './comparison-phrases';
import { windowLabel } from './format';
import type { Reading, Reply } from './reply-types';
import { STRINGS } from '../strings';
import { stem } from '../understanding/metric/stem';

const ORDER = ['metric', 'area', 'outside', 'period', 'grain', 'comparison', 'breakdown', 'series', 'source', 'exclusion'];

/** The parts of the question read, as said, in a fixed order: "dwelling burglary outcome rate · South · last month". */
function understood(u: Understanding | undefined, q: Query, catalogue: CatalogueIndex): string {
  if (!u) return catalogue.metric(q.metric)?.name ?? q.metric;
  const metricText = u.text.split(' ').filter((w) => u.metricWords.includes(stem(w.replace(/'s$/, '')))).join(' ');
  const parts = [{ role: 'metric', text: metricText }, ...u.said].filter((s) => s.text !== '');
  const rank = (role: string) => (ORDER.includes(role) ? ORDER.indexOf(role) : ORDER.length);
  parts.sort((a, b) => rank(a.role) - rank(b.role));
  return parts.map((p) => p.text).join(' · ');
}


/** What a reply answered, as a value and one short line ("Read as: …"). */
export function readingOf(reply: Reply, u: Understanding | undefined, catalogue: CatalogueIndex): Reading | undefined {
  if (reply.kind !== 'answer' && reply.kind !== 'no_data') return undefined;
  const q = reply.query;
  const metrics = [q.metric, ...(q.extraMetrics ?? [])];
  const results = reply.kind === 'answer' ? reply.results : [];
  const windows = [...new Map(results.map((r) => [`${r.window.from}${r.window.to}${r.window.kind}`, r.window])).values()];
  const areas = [...new Set(results.map((r) => r.area.id))];
  const areaIds = areas.length > 0 ? areas : reply.kind === 'no_data' ? [reply.area.id] : q.areas;
  const first = windows[0] ?? (reply.kind === 'no_data' ? reply.window : undefined);
  const names = metrics.map((id) => catalogue.metric(id)?.name ?? id);
  const placeNames = areaIds.map((id) => catalogue.area(id)?.name ?? id);
  const whenParts = reply.kind === 'no_data'
    ? [reply.reason === 'grain' ? reply.detail ?? '' : reply.reason === 'fy_not_started' ? `financial year ${reply.detail ?? ''}` : reply.window ? windowLabel(reply.window) : '']
    : windows.map((w) => windowLabel(w));
  const comparisons = q.comparisons.map((k) => comparisonName(k));
  const line = STRINGS.readAs([names.join(' and '), placeNames.join(', '), whenParts.join(' and '), ...(comparisons.length > 0 ? [`vs ${comparisons.join(', ')}`] : [])].filter((p) => p !== '').join(' · '));
  return {
    metric: q.metric,
    metrics,
    areas: areaIds,
    ...(first ? { window: first.kind, from: first.from, to: first.to } : {}),
    comparisons: [...q.comparisons],
    understood: understood(u, q, catalogue),
    ignored: u ? [...u.filler] : [],
    line,
  };
}
