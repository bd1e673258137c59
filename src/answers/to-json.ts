import type { ChangeUnit, Comparison } from '../domain/comparisons';
import type { Contribution } from './drivers';
import { roundForJson } from './format';
import type { AnswerResult, Reading, Reply } from './reply-types';
import { renderText } from './render-text';

/** The `perfbot ask --json` reply, exactly as ask-contract.md lays it out. */
export interface JsonReply {
  readonly status: 'answer' | 'clarify' | 'no_data' | 'unknown';
  readonly question: string;
  readonly results: readonly JsonResult[];
  readonly text: string;
  readonly options?: readonly { metric: string; area: string; label: string }[];
  readonly latest?: string;
  readonly levels?: readonly string[];
  readonly suggestions?: readonly string[];
  /** "which district has the most …": how the results are ordered. */
  readonly ranking?: { readonly level: string; readonly order: 'asc' | 'desc'; readonly by: 'value' | 'per1000'; readonly top?: number };
  /** "why is … up": the change split into parts, largest first (by place, then by crime type). */
  readonly contributions?: readonly JsonContribution[];
  /** The change the contributions split: the comparison used, and whether it moved the way asked. */
  readonly change?: { readonly kind: string; readonly from: string; readonly to: string; readonly value: number; readonly change: number; readonly changeUnit: string; readonly changePct?: number | null; readonly movedAsAsked: boolean; readonly mix?: number };
  /** Why there is no answer, when the contract names a reason ("unsupported_detail", "outside_force", "grain"). */
  readonly reason?: string;
  /** The words (or places) the reply could not use. */
  readonly unsupported?: readonly string[];
  /** What the question was read as. */
  readonly reading?: Omit<Reading, 'line'>;
}

export interface JsonContribution {
  readonly area?: string;
  readonly metric?: string;
  readonly other?: string;
  readonly from: number | null;
  readonly to: number | null;
  readonly change: number;
  readonly share: number | null;
  readonly denominatorShare?: number;
  readonly effect?: number;
}

function readingJson(reading: Reading | undefined): { reading?: Omit<Reading, 'line'> } {
  if (!reading) return {};
  const { line: _line, ...rest } = reading;
  return { reading: rest };
}

export interface JsonResult {
  readonly metric: string;
  readonly area: string;
  readonly window: string;
  readonly from: string;
  readonly to: string;
  readonly value: number | null;
  readonly unit: string;
  readonly numerator?: number;
  readonly denominator?: number;
  readonly comparisons: readonly Comparison[];
  readonly series?: readonly { month: string; value: number }[];
  readonly rank?: number;
  readonly per1000?: number;
  readonly population?: { readonly value: number; readonly year: number; readonly source: string };
}

function comparisonJson(c: Comparison, unit: AnswerResult['metric']['unit']): Comparison {
  const out = { ...c, value: roundForJson(c.value, unit), change: roundForJson(c.change, c.changeUnit === 'ppt' ? 'ppt' : unit) };
  return c.changePct === undefined ? out : { ...out, changePct: c.changePct === null ? null : roundForJson(c.changePct, 'percent') };
}

function resultJson(r: AnswerResult, withSeries: boolean): JsonResult {
  const unit = r.metric.unit;
  return {
    metric: r.metric.id,
    area: r.area.id,
    window: r.window.kind,
    from: r.window.from,
    to: r.window.to,
    value: r.value === null ? null : roundForJson(r.value, unit),
    unit,
    ...(r.numerator !== undefined ? { numerator: r.numerator } : {}),
    ...(r.denominator !== undefined ? { denominator: r.denominator } : {}),
    comparisons: r.comparisons.map((c) => comparisonJson(c, unit)),
    ...(withSeries || r.value === null ? { series: r.series.map((p) => ({ month: p.month, value: roundForJson(p.value, unit) })) } : {}),
    ...(r.rank !== undefined ? { rank: r.rank } : {}),
    ...(r.perHead ? { per1000: Math.round(r.perHead.per1000 * 1000) / 1000, population: { ...r.perHead.population } } : {}),
  };
}

function contributionJson(c: Contribution, unit: ChangeUnit): JsonContribution {
  const round = (v: number) => roundForJson(v, unit === 'ppt' ? 'ppt' : unit);
  const key = c.kind === 'area' ? { area: c.id } : c.kind === 'metric' ? { metric: c.id } : { other: c.name };
  return {
    ...key,
    from: Number.isNaN(c.from) ? null : round(c.from),
    to: Number.isNaN(c.to) ? null : round(c.to),
    change: round(c.change),
    share: c.share === null ? null : roundForJson(c.share, 'ppt'),
    ...(c.denominatorShare !== undefined ? { denominatorShare: roundForJson(c.denominatorShare, 'ppt') } : {}),
    ...(c.effect !== undefined ? { effect: roundForJson(c.effect, 'ppt') } : {}),
  };
}

function shapesJson(reply: Extract<Reply, { kind: 'answer' }>): Partial<JsonReply> {
  const r = reply.ranking;
  const d = reply.drivers;
  const unit = d?.changeUnit ?? 'count';
  const round = (v: number) => roundForJson(v, unit === 'ppt' ? 'ppt' : unit);
  return {
    ...(r ? { ranking: { level: r.level, order: r.order, by: r.by, ...(r.top !== undefined ? { top: r.top } : {}) } } : {}),
    ...(d ? {
      contributions: [...d.byArea, ...d.byType].map((c) => contributionJson(c, d.changeUnit)),
      change: {
        kind: d.comparison, from: d.base.from, to: d.base.to, value: round(d.from), change: round(d.change), changeUnit: d.changeUnit,
        ...(d.changePct !== null ? { changePct: roundForJson(d.changePct, 'percent') } : {}),
        movedAsAsked: d.movedAsAsked, ...(d.mix !== undefined ? { mix: roundForJson(d.mix, 'ppt') } : {}),
      },
    } : {}),
  };
}

export function toJson(reply: Reply): JsonReply {
  const text = renderText(reply);
  switch (reply.kind) {
    case 'answer':
      return { status: 'answer', question: reply.question, results: reply.results.map((r) => resultJson(r, reply.seriesAsked)), text, ...readingJson(reply.reading), ...shapesJson(reply) };
    case 'clarify':
      return { status: 'clarify', question: reply.question, results: [], reason: reply.reason, options: reply.options.map((o) => ({ metric: o.metric.id, area: o.area.id, label: o.label })), text };
    case 'no_data': {
      const latest = reply.latest;
      return {
        status: 'no_data',
        question: reply.question,
        results: [],
        ...(reply.reason !== 'level' && latest ? { latest } : {}),
        ...(reply.levels ? { levels: reply.levels } : {}),
        ...(reply.alternative ? { options: [{ metric: reply.alternative.metric.id, area: reply.alternative.area.id, label: reply.alternative.label }] } : {}),
        reason: reply.reason,
        text,
        ...readingJson(reply.reading),
      };
    }
    case 'unknown':
      return {
        status: 'unknown',
        question: reply.question,
        results: [],
        suggestions: reply.suggestions.map((m) => m.id),
        reason: reply.reason,
        ...(reply.unsupported ? { unsupported: reply.unsupported } : {}),
        text,
      };
  }
}
