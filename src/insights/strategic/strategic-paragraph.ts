import type { CatalogueIndex } from '../../domain/catalogue';
import type { Area, StrategicMeasure } from '../../domain/catalogue-types';
import type { Month } from '../../domain/month';
import type { ObservationIndex } from '../../domain/observation-index';
import { HEADLINE_ONLY_KINDS, KIND_ORDER } from '../detectors/configuration';
import type { Candidate } from '../headline-types';
import { INSIGHT_CONFIG } from '../insight-config';
import { saidByAnother } from '../merge';
import { areaSentence } from './area-sentence';
import { partSentences } from './part-sentences';
import { rateSentences } from './rate-sentences';
import { pairKey, type ParagraphContext, type StrategicParagraph } from './strategic-types';

/**
 * The candidates by metric and area, each list without what another finding already says, in the
 * detectors' order; the kinds told only in the headlines are left out.
 */
export function toldIndex(candidates: readonly Candidate[]): (metric: string, area: string) => readonly Candidate[] {
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.score < INSIGHT_CONFIG.minClauseScore || HEADLINE_ONLY_KINDS.has(c.kind)) continue;
    const key = pairKey(c.metric, c.area);
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const order = (c: Candidate) => KIND_ORDER.indexOf(c.kind);
  const told = new Map<string, Candidate[]>();
  for (const [key, list] of groups) told.set(key, list.filter((c) => !saidByAnother(c, list)).sort((a, b) => order(a) - order(b)));
  return (metric, area) => told.get(pairKey(metric, area)) ?? [];
}

/**
 * A strategic measure's paragraph for an area (3.1 of the paper): every insight of the rate there
 * and in the areas below it, and of its count and parts there, none ranked away; in the order of
 * `rateSentences`, then the parts, then the areas below. Undefined when the area has no rate.
 */
export function strategicParagraph(
  index: ObservationIndex, catalogue: CatalogueIndex, month: Month, area: Area, measure: StrategicMeasure,
  told: (metric: string, area: string) => readonly Candidate[],
): StrategicParagraph | undefined {
  const metric = catalogue.metric(measure.metric);
  if (!metric || !catalogue.hasLevel(metric, area.id) || !index.has(metric.id, area.id)) return undefined;
  const ctx: ParagraphContext = { index, catalogue, month, area, measure, told };
  const rate = rateSentences(ctx);
  if (rate.sentences.length === 0) return undefined;
  const parts = partSentences(ctx);
  const split = areaSentence(ctx);
  const sentences = [...rate.sentences, ...parts.sentences, ...(split.sentence ? [split.sentence] : [])];
  const related = [...(measure.count ? [measure.count.metric] : []), ...measure.parts.map((p) => p.metric)];
  const covers = [pairKey(metric.id, area.id), ...related.map((m) => pairKey(m, area.id)), ...split.areas.map((a) => pairKey(metric.id, a))];
  return {
    metric: metric.id,
    area: area.id,
    text: sentences.join(' '),
    sentences,
    insights: [...new Set([...rate.insights, ...parts.insights, ...split.insights])],
    covers,
  };
}
