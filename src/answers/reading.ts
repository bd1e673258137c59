import type { CatalogueIndex } from '../domain/catalogue';
import type { Query } from '../understanding/query';
import type { Understanding } from '../understanding/understanding-types';
import { comparisonName } from './comparison-phrases';
import { periodWords, windowLabel } from './format';
import { SHAPE_STRINGS } from './shape-strings';
import type { Reading, Reply } from './reply-types';
import { STRINGS } from '../strings';
import { stem } from '../understanding/metric/stem';

const ORDER = ['metric', 'measure', 'area', 'outside', 'period', 'grain', 'comparison', 'breakdown', 'ranking', 'per head', 'drivers', 'series', 'source', 'exclusion'];

/** The parts of the question read, as said, in a fixed order: "dwelling burglary outcome rate · South · last month". */
function understood(u: Understanding | undefined, q: Query, catalogue: CatalogueIndex): string {
  if (!u) return catalogue.metric(q.metric)?.name ?? q.metric;
  const typed = new Set(u.metricTyped ?? []);
  const metricText = u.text.split(' ').filter((w) => u.metricWords.includes(stem(w.replace(/'s$/, ''))) || typed.has(w.replace(/'s$/, ''))).join(' ');
  const parts = [{ role: 'metric', text: metricText }, ...u.said].filter((s) => s.text !== '');
  const rank = (role: string) => (ORDER.includes(role) ? ORDER.indexOf(role) : ORDER.length);
  parts.sort((a, b) => rank(a.role) - rank(b.role));
  return parts.map((p) => p.text).join(' · ');
}


/** The places, and how the question shaped them: a ranking, per head, what drove a change. */
function shapeParts(reply: Reply, placeNames: readonly string[]): string[] {
  // A ranking of a figure not held at its level: the places were never named, the ranking was.
  if (reply.kind === 'no_data' && reply.reason === 'level' && reply.query.areas.length === 0 && (reply.query.ranking || reply.query.breakdown)) {
    const level: 'area' | 'district' = reply.query.ranking?.level ?? (reply.query.breakdown === 'areas' ? 'area' : 'district');
    return [SHAPE_STRINGS.rankingLevel[level]];
  }
  if (reply.kind !== 'answer') return [placeNames.join(', ')];
  const r = reply.ranking;
  const place = r ? SHAPE_STRINGS.readAsRanking(SHAPE_STRINGS.rankingLevel[r.level], r.order, r.top) : placeNames.join(', ');
  const head = reply.query.perHead ? [SHAPE_STRINGS.readAsPerHead] : [];
  return [place, ...head];
}

/** "what drove the change on February 2018 to January 2019". */
function driversPart(reply: Reply): string[] {
  const d = reply.kind === 'answer' ? reply.drivers : undefined;
  return d ? [SHAPE_STRINGS.readAsDrivers(windowLabel(d.base))] : [];
}

/** "St Ives" → "I hold figures by district: St Ives is in Huntingdonshire.", one note per district. */
function townNotes(q: Query, catalogue: CatalogueIndex): string[] {
  const byArea = new Map<string, string[]>();
  for (const t of q.towns ?? []) byArea.set(t.area, [...(byArea.get(t.area) ?? []), t.town]);
  return [...byArea].map(([area, towns]) => STRINGS.townInDistrict(towns.join(' and '), catalogue.area(area)?.name ?? area));
}

/** "Huntingdonshire (St Ives)": a district read from a town names the town. */
function placeName(id: string, q: Query, catalogue: CatalogueIndex): string {
  const name = catalogue.area(id)?.name ?? id;
  const towns = (q.towns ?? []).filter((t) => t.area === id).map((t) => t.town);
  return towns.length > 0 ? `${name} (${towns.join(', ')})` : name;
}

/** What a reply answered, as a value and one short line ("Read as: …"). */
export function readingOf(reply: Reply, u: Understanding | undefined, catalogue: CatalogueIndex): Reading | undefined {
  if (reply.kind !== 'answer' && reply.kind !== 'no_data') return undefined;
  const q = reply.query;
  const metrics = [q.metric, ...(q.extraMetrics ?? [])];
  const results = reply.kind === 'answer' ? reply.results : [];
  const windows = [...new Map(results.map((r) => [`${r.window.from}${r.window.to}${r.window.kind}`, r.window])).values()];
  const areas = [...new Set(results.map((r) => r.area.id))];
  const rankedNotHeld = reply.kind === 'no_data' && reply.reason === 'level' && q.areas.length === 0 && (q.ranking !== undefined || q.breakdown !== undefined);
  const areaIds = areas.length > 0 ? areas : reply.kind === 'no_data' && !rankedNotHeld ? [reply.area.id] : q.areas;
  const first = windows[0] ?? (reply.kind === 'no_data' ? reply.window : undefined);
  const names = metrics.map((id) => catalogue.metric(id)?.name ?? id);
  const placeNames = areaIds.map((id) => placeName(id, q, catalogue));
  const notes = townNotes(q, catalogue);
  const whenParts = reply.kind === 'no_data'
    ? [reply.reason === 'grain' ? reply.detail ?? '' : reply.reason === 'fy_not_started' ? `financial year ${reply.detail ?? ''}` : reply.window ? windowLabel(reply.window) : '']
    : windows.map((w) => windowLabel(w));
  const comparisons = q.comparisons.map((k) => comparisonName(k));
  // "Dwelling burglary offences in Cambridge and Robbery offences in Peterborough": each metric at its own places.
  const pairPeriods = (p: NonNullable<Query['pairs']>[number]) => (p.periods && p.periods.length > 0 ? `, ${p.periods.map((s) => periodWords(s)).join(' and ')}` : '');
  const what = q.pairs ? [q.pairs.map((p) => `${catalogue.metric(p.metric)?.name ?? p.metric} in ${p.areas.map((id) => placeName(id, q, catalogue)).join(', ')}${pairPeriods(p)}`).join(' and ')] : [names.join(' and '), ...shapeParts(reply, placeNames)];
  const ownPeriods = q.pairs?.every((p) => (p.periods?.length ?? 0) > 0) ?? false;
  const line = STRINGS.readAs([...what, ownPeriods ? '' : whenParts.join(' and '), ...driversPart(reply), ...(comparisons.length > 0 ? [`vs ${comparisons.join(', ')}`] : [])].filter((p) => p !== '').join(' · '));
  return {
    metric: q.metric,
    metrics,
    areas: areaIds,
    ...(first ? { window: first.kind, from: first.from, to: first.to } : {}),
    comparisons: [...q.comparisons],
    understood: understood(u, q, catalogue),
    ignored: u ? [...u.filler] : [],
    ...(notes.length > 0 ? { notes } : {}),
    line,
  };
}
