import type { CatalogueIndex } from '../domain/catalogue';
import { monthLabel, type Month } from '../domain/month';
import type { ObservationIndex } from '../domain/observation-index';
import { HEADLINES } from '../strings';
import type { Candidate, Digest, Headline } from './headline-types';
import { INSIGHT_CONFIG } from './insight-config';
import { mergeCases } from './cases-merge';
import { mergeFindings } from './merge';
import { rankHeadlines } from './rank';
import { scanMonth } from './scan';
import { placeOf } from './sentences';

export interface DigestOptions {
  /** Only this area and its districts. */
  readonly area?: string;
  /** At most this many headlines (10). */
  readonly max?: number;
}

function headlinesOf(catalogue: CatalogueIndex, candidates: readonly Candidate[]): Headline[] {
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.score < INSIGHT_CONFIG.minClauseScore) continue;
    const key = `${c.metric}|${c.area}`;
    const list = groups.get(key) ?? [];
    list.push(c);
    groups.set(key, list);
  }
  const out: Headline[] = [];
  for (const list of groups.values()) {
    const first = list[0];
    const metric = first ? catalogue.metric(first.metric) : undefined;
    const area = first ? catalogue.area(first.area) : undefined;
    const merged = metric && area ? mergeFindings(metric, area, list) : undefined;
    if (merged) out.push(merged);
  }
  return mergeCases(catalogue, out, (h) => h.score >= INSIGHT_CONFIG.minDigestScore);
}

/** Whether a headline holds news of the month (not only a lasting state) that could stand on its own. */
function hasNews(h: Headline): boolean {
  return h.findings.some((f) => !f.lasting && f.score >= INSIGHT_CONFIG.minDigestScore);
}

/**
 * The headlines of a month's candidates: merged into one sentence per metric and area (a rate and
 * the count of its cases together, `cases-merge.ts`), quiet ones left out, ranked (`rank.ts`), at
 * most `headlinesPerMetric` per metric and `max` in all. With `themeFirst`, as a performance paper's
 * headlines and department updates ("whatever else moved"): each theme's (department's) best
 * headline with news of the month is taken first, then the rest by rank (a theme whose only findings
 * are lasting states, a run or a trend that continues, competes by rank); told in rank order.
 */
export function selectHeadlines(catalogue: CatalogueIndex, candidates: readonly Candidate[], max: number, themeFirst = false): Headline[] {
  const ranked = rankHeadlines(catalogue, headlinesOf(catalogue, candidates));
  const themeOf = (h: Headline) => catalogue.metric(h.metric)?.theme ?? '';
  const firsts = new Set<Headline>();
  if (themeFirst) {
    const seen = new Set<string>();
    for (const h of ranked) {
      if (firsts.size >= max || seen.has(themeOf(h)) || !hasNews(h)) continue;
      seen.add(themeOf(h));
      firsts.add(h);
    }
  }
  const perMetric = new Map<string, number>();
  const chosen = new Set<Headline>(firsts);
  for (const h of firsts) perMetric.set(h.metric, (perMetric.get(h.metric) ?? 0) + 1);
  for (const h of ranked) {
    if (chosen.size >= max) break;
    const n = perMetric.get(h.metric) ?? 0;
    if (chosen.has(h) || n >= INSIGHT_CONFIG.headlinesPerMetric) continue;
    perMetric.set(h.metric, n + 1);
    chosen.add(h);
  }
  return ranked.filter((h) => chosen.has(h));
}

/**
 * The month's headlines: every candidate of every metric and area, merged into one sentence per
 * metric and area, quiet ones left out, ranked (`rank.ts`), at most `headlinesPerMetric` per metric
 * and `max` in all. A month without figures, or without anything notable, is a value saying so.
 */
export function buildDigest(index: ObservationIndex, catalogue: CatalogueIndex, month: Month, options: DigestOptions = {}): Digest {
  const max = options.max ?? INSIGHT_CONFIG.digestMax;
  const areaPart = options.area !== undefined ? { area: options.area } : {};
  const area = catalogue.area(options.area ?? catalogue.force.id);
  const place = area ? placeOf(area) : '';
  const scan = scanMonth(index, catalogue, month, areaPart);
  if (scan.subjects === 0) {
    const latest = index.latestOverall();
    return { kind: 'no_data', month, ...areaPart, text: HEADLINES.noData(monthLabel(month), latest ? monthLabel(latest) : undefined) };
  }
  const chosen = selectHeadlines(catalogue, scan.candidates, max);
  if (chosen.length === 0) return { kind: 'nothing_unusual', month, ...areaPart, text: HEADLINES.nothingUnusual(monthLabel(month), place) };
  return { kind: 'headlines', month, ...areaPart, headlines: chosen };
}
