import type { CatalogueIndex } from '../domain/catalogue';
import type { Candidate, Headline } from './headline-types';
import { INSIGHT_CONFIG } from './insight-config';

/**
 * How much a finding counts for the digest: its score, capped at `certainScore` (beyond which a
 * finding is as certain as it needs to be), and at `lastingScore` for a lasting state.
 */
export function newsScore(f: Candidate): number {
  return Math.min(f.score, f.lasting ? INSIGHT_CONFIG.lastingScore : INSIGHT_CONFIG.certainScore);
}

/** The score a headline is ranked by: its best finding's news score, weighted by its area's level. */
export function rankScore(catalogue: CatalogueIndex, h: Headline): number {
  const level = catalogue.area(h.area)?.level ?? 'district';
  return Math.max(0, ...h.findings.map(newsScore)) * INSIGHT_CONFIG.levelWeight[level];
}

/**
 * Most significant first; scores within the same `equalBand` count as equal, and among equals the
 * strategic measures (the Plan's outcome rates) go first, then the higher ranking score, then the
 * higher uncapped score.
 */
export function rankHeadlines(catalogue: CatalogueIndex, headlines: readonly Headline[]): Headline[] {
  const keyed = headlines.map((h) => {
    const score = rankScore(catalogue, h);
    return { h, score, band: Math.floor(score / INSIGHT_CONFIG.equalBand) };
  });
  keyed.sort((a, b) => b.band - a.band || Number(b.h.strategic) - Number(a.h.strategic) || b.score - a.score || b.h.score - a.h.score);
  return keyed.map((k) => k.h);
}
