import type { Comparison } from '../domain/comparisons';
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
  /** Why there is no answer, when the contract names a reason ("unsupported_detail", "outside_force", "grain"). */
  readonly reason?: string;
  /** The words (or places) the reply could not use. */
  readonly unsupported?: readonly string[];
  /** What the question was read as. */
  readonly reading?: Omit<Reading, 'line'>;
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
  };
}

export function toJson(reply: Reply): JsonReply {
  const text = renderText(reply);
  switch (reply.kind) {
    case 'answer':
      return { status: 'answer', question: reply.question, results: reply.results.map((r) => resultJson(r, reply.seriesAsked)), text, ...readingJson(reply.reading) };
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
