import { canSplit } from '../src/answers/drivers';
import { hasPerHead } from '../src/answers/answer-shapes';
import { pinnedQuery, rankLevel, type QueryChange } from '../src/answers/query-change';
import type { AnswerResult, Reply } from '../src/answers/reply-types';
import { SHAPE_STRINGS } from '../src/answers/shape-strings';
import type { Metric } from '../src/domain/catalogue-types';
import { STRINGS } from '../src/strings';
import type { ButtonView } from './view-models';

export type AnswerReply = Extract<Reply, { readonly kind: 'answer' }>;

const B = SHAPE_STRINGS.buttons;

/**
 * Every button carries the reading the card answered (its window pinned to the months shown) and the
 * one change it asks for: pressing it never re-reads a sentence, so a by-district card's "Trend"
 * gives the same districts back.
 */
function button(reply: AnswerReply, title: string, change: QueryChange): ButtonView {
  return { title, data: { perfbot: 'query', query: pinnedQuery(reply), change } };
}

/** "By area" from the force, "by district" from an area or a district, where the metric has the level. */
function breakdownChange(r: AnswerResult): QueryChange | undefined {
  const { metric, area } = r;
  if (area.level === 'force') return metric.levels.includes('area') ? { kind: 'breakdown', breakdown: 'areas' } : undefined;
  return metric.levels.includes('district') ? { kind: 'breakdown', breakdown: 'districts' } : undefined;
}

/** Worst first where the metric has a better direction; else the most first. */
function rankChange(metric: Metric): QueryChange | undefined {
  const level = rankLevel(metric);
  return level ? { kind: 'rank', order: metric.polarity === 'neutral' ? 'most' : 'worst', level } : undefined;
}

function common(reply: AnswerReply): ButtonView[] {
  const first = reply.results[0];
  const out: ButtonView[] = [];
  if (!reply.seriesAsked) out.push(button(reply, STRINGS.buttons.trend, { kind: 'trend' }));
  const hasLastYear = first?.comparisons.some((c) => c.kind === 'last_year') ?? false;
  if (hasLastYear && !reply.asked.includes('last_year')) out.push(button(reply, STRINGS.buttons.vsLastYear, { kind: 'compare', comparison: 'last_year' }));
  return out;
}

function rankButton(reply: AnswerReply, metric: Metric): ButtonView[] {
  const change = rankChange(metric);
  return change && change.kind === 'rank' ? [button(reply, B.rank(SHAPE_STRINGS.rankingLevel[change.level]), change)] : [];
}

/** Only where the place has places below it to split the change between (not a district). */
function driversButton(reply: AnswerReply, metric: Metric): ButtonView[] {
  const scope = reply.ranking ? reply.ranking.reference?.area : reply.results[0]?.area;
  const below = scope?.level === 'force' ? rankLevel(metric) : scope?.level === 'area' && metric.levels.includes('district') ? 'district' : undefined;
  return canSplit(metric) && below !== undefined ? [button(reply, B.drivers, { kind: 'drivers' })] : [];
}

function perHeadButton(reply: AnswerReply, metric: Metric): ButtonView[] {
  if (!hasPerHead(metric)) return [];
  return reply.query.perHead ? [button(reply, B.counts, { kind: 'per_head', on: false })] : [button(reply, B.perHead, { kind: 'per_head', on: true })];
}

/** The buttons under a one-figure answer. */
export function answerButtons(reply: AnswerReply, r: AnswerResult): ButtonView[] {
  const out: ButtonView[] = [];
  const byArea = breakdownChange(r);
  if (byArea) out.push(button(reply, byArea.kind === 'breakdown' && byArea.breakdown === 'districts' ? B.byDistrict : STRINGS.buttons.byArea, byArea));
  out.push(...common(reply), ...rankButton(reply, r.metric), ...driversButton(reply, r.metric));
  return out;
}

/** The buttons under a table of areas. */
export function multiAreaButtons(reply: AnswerReply): ButtonView[] {
  const first = reply.results[0];
  if (!first) return [];
  const oneMetric = reply.results.every((r) => r.metric.id === first.metric.id);
  return [...common(reply), ...(oneMetric ? [...rankButton(reply, first.metric), ...perHeadButton(reply, first.metric)] : [])];
}

/** The buttons under a ranking: per head or counts, a trend of every place, vs last year, what drove the change. */
export function rankingButtons(reply: AnswerReply): ButtonView[] {
  const first = reply.results[0];
  if (!first) return [];
  return [...perHeadButton(reply, first.metric), ...common(reply), ...driversButton(reply, first.metric)];
}

/** The buttons under what drove a change: the trend, every district side by side, the ranking. */
export function driversButtons(reply: AnswerReply): ButtonView[] {
  const first = reply.results[0];
  if (!first) return [];
  const out = [button(reply, STRINGS.buttons.trend, { kind: 'trend' })];
  if (first.metric.levels.includes('district')) out.push(button(reply, B.byDistrict, { kind: 'breakdown', breakdown: 'districts' }));
  return [...out, ...rankButton(reply, first.metric)];
}
