import { compare, judgeChange } from '../../domain/comparisons';
import { monthsBetween } from '../../domain/month';
import { rolling12Window } from '../../domain/window';
import { windowNumber } from '../../domain/window-value';
import { formatChangeSize, formatValue, looksUnchanged } from '../../answers/format';
import { noiseChangeSe } from '../change-error';
import { DIGEST_STRINGS as S } from '../digest-strings';
import type { Candidate } from '../headline-types';
import { placeOf } from '../sentences';
import { SIGNIFICANT_Z, zOf } from '../significance';
import { buildSubject } from '../subject';
import { isRecord, listOf, monthName, trendWasDown } from './strategic-words';
import type { ParagraphContext } from './strategic-types';

/** The benchmark's months are 1 to 36 before the month: on average 18 months from it. */
const BENCHMARK_LAG = 18;

export interface RateSentences {
  readonly sentences: readonly string[];
  readonly insights: readonly Candidate[];
}

/** The measure's name with its place: "rolling 12 month … rate for dwelling burglary in South". */
function nameOf(ctx: ParagraphContext): string {
  return `${ctx.measure.name}${placeOf(ctx.area)}`;
}

/**
 * "comparable to the long-term benchmark" (the mean of the rolling-12 rate over the 36 months before,
 * as answers give it) unless the gap is significant against the rolling figure's noise; then its size.
 */
function benchmarkInsight(ctx: ParagraphContext, value: number): Candidate | undefined {
  const metric = ctx.catalogue.metric(ctx.measure.metric);
  if (!metric) return undefined;
  const window = rolling12Window(ctx.month);
  const c = compare(ctx.index, metric, ctx.area.id, window, value, 'benchmark');
  const subject = buildSubject(ctx.index, metric, ctx.area, ctx.month);
  if (!c || subject?.sigma === undefined) return undefined;
  const score = zOf(c.change, noiseChangeSe(metric, subject.sigma, 'rolling12', BENCHMARK_LAG));
  const level = score < SIGNIFICANT_Z || looksUnchanged(c);
  const clause = level ? S.benchmarkLevel : S.benchmarkOff(formatChangeSize(c), c.change > 0);
  return {
    metric: metric.id, area: ctx.area.id, kind: 'vs_benchmark', month: ctx.month, value, window, since: c.from,
    change: c.change, changeUnit: c.changeUnit, good: level ? 'neutral' : judgeChange(metric, c.change), score,
    form: 'figure', lasting: false, clause, text: S.sentence(`${nameOf(ctx)}: ${formatValue(metric.unit, value)}, ${clause}`),
  };
}

/** The change since March year end, stated whether or not it is significant (the paper always gives it). */
function fyEndClause(ctx: ParagraphContext, value: number): { clause: string; bad: boolean } | undefined {
  const metric = ctx.catalogue.metric(ctx.measure.metric);
  if (!metric) return undefined;
  const c = compare(ctx.index, metric, ctx.area.id, rolling12Window(ctx.month), value, 'fy_end');
  if (!c || monthsBetween(c.to, ctx.month) >= 12 || monthsBetween(c.to, ctx.month) <= 0) return undefined;
  if (looksUnchanged(c)) return { clause: S.fyLevel, bad: false };
  return { clause: S.fyEnd(formatChangeSize(c), c.change > 0), bad: judgeChange(metric, c.change) === 'bad' };
}

/** "with 955 prosecution possible outcomes recorded in the month, the highest monthly total since March 2018". */
function countClauses(ctx: ParagraphContext, attached: boolean): { text?: string; statements: string[]; used: Candidate[] } {
  const count = ctx.measure.count;
  if (!count) return { statements: [], used: [] };
  const told = ctx.told(count.metric, ctx.area.id);
  const figures = told.filter((c) => c.form === 'figure');
  const statements = told.filter((c) => c.form === 'statement');
  const month = monthName(ctx.month);
  const stated = statements.map((c) => {
    const down = trendWasDown(c);
    if (c.kind === 'trend_halted') return S.countTrendHalted(down, count.label, month);
    if (c.kind === 'trend') return S.countTrendContinues(down, count.label);
    return c.clause;
  });
  const lead = figures[0];
  if (!lead) return { statements: stated, used: told.slice() };
  const value = formatValue('count', lead.value);
  const clauses = figures.map((c) => c.clause.replace(/\bits\b/g, 'their')).join(S.comma);
  const text = attached ? `${S.countWith(value, count.label)}${S.comma}${clauses}` : `${S.countAlone(value, count.label, month)} ${clauses}`;
  return { text, statements: stated, used: told.slice() };
}

/**
 * The measure's own sentences, in the paper's order of ideas: a halted trend first, told with the
 * month's count and its record (3.1.2, 3.1.4); the rate against the long-term benchmark and March year
 * end ("has further improved" after a run of rises, 3.1.3), with a continuing trend; the month's
 * count and its record when not told with the halt.
 */
export function rateSentences(ctx: ParagraphContext): RateSentences {
  const metric = ctx.catalogue.metric(ctx.measure.metric);
  const value = metric ? windowNumber(ctx.index, metric, ctx.area.id, rolling12Window(ctx.month)) : undefined;
  if (!metric || value === undefined) return { sentences: [], insights: [] };
  const told = ctx.told(metric.id, ctx.area.id);
  const halted = told.find((c) => c.kind === 'trend_halted');
  const trend = told.find((c) => c.kind === 'trend');
  const run = told.find((c) => c.kind === 'rising' || c.kind === 'falling');
  const month = monthName(ctx.month);
  const sentences: string[] = [];
  const insights: Candidate[] = [...told];

  const count = countClauses(ctx, halted !== undefined);
  insights.push(...count.used);
  if (halted) {
    const first = [S.trendHalted(trendWasDown(halted), nameOf(ctx), month), count.text].filter((x): x is string => x !== undefined).join(S.comma);
    sentences.push(S.sentence([first, ...count.statements].join('; ')));
  }

  const v = formatValue(metric.unit, value);
  const bench = benchmarkInsight(ctx, value);
  if (bench) insights.push(bench);
  const fy = fyEndClause(ctx, value);
  const records = told.filter(isRecord).map((c) => c.clause);
  const others = told.filter((c) => c.kind === 'vs_last_year' || c.kind === 'spc_signal' || c.kind === 'area_divergence' || c.kind === 'concentrated_change').map((c) => c.clause);
  let level: string;
  if (run) {
    level = `${S.rateImproved(nameOf(ctx), run.good, run.clause, v)} ${listOf([fy?.clause, ...records, bench?.clause, ...others].filter((x): x is string => x !== undefined))}`;
  } else {
    const head = halted ? S.rateNow(v) : S.rateFirst(nameOf(ctx), v);
    const front = [head, ...records, bench?.clause, ...others].filter(Boolean).join(S.comma);
    const join = fy && bench && fy.bad && bench.good !== 'bad' ? S.butRemains : S.andIs;
    level = fy ? (bench ? `${front}${S.comma}${join} ${fy.clause}` : `${front}${S.comma}${fy.clause}`) : front;
  }
  if (trend) level = `${level}; ${S.trendContinues(trendWasDown(trend))}`;
  sentences.push(S.sentence(level));

  if (!halted && (count.text !== undefined || count.statements.length > 0)) {
    sentences.push(S.sentence([count.text, ...count.statements].filter((x): x is string => x !== undefined).join('; ')));
  }
  return { sentences, insights };
}
