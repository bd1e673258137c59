import type { RelatedFigure } from '../../domain/catalogue-types';
import { addMonths } from '../../domain/month';
import { monthWindow } from '../../domain/window';
import { windowNumber } from '../../domain/window-value';
import { formatValue } from '../../answers/format';
import { DIGEST_STRINGS as S } from '../digest-strings';
import type { Candidate } from '../headline-types';
import { isRecord, listOf, monthName, monthsInWords, trendWasDown } from './strategic-words';
import type { ParagraphContext } from './strategic-types';

/** A part is plural ("charges"): "below its usual level" reads "below their usual level". */
const plural = (clause: string) => clause.replace(/\bits\b/g, 'their');

interface Told {
  readonly part: RelatedFigure;
  readonly value: number;
  readonly figures: readonly Candidate[];
  readonly statements: readonly string[];
}

function statementOf(c: Candidate, month: string): string {
  if (c.kind === 'trend_halted') return S.partTrendHalted(trendWasDown(c), month);
  if (c.kind === 'trend') return S.partTrendContinues(trendWasDown(c));
  return plural(c.clause);
}

/** "There were 452 community resolutions over the last three months, with 168 in January, the highest …". */
function sumSentence(ctx: ParagraphContext, t: Told, months: number): string | undefined {
  const metric = ctx.catalogue.metric(t.part.metric);
  const total = metric ? windowNumber(ctx.index, metric, ctx.area.id, { kind: 'range', from: addMonths(ctx.month, 1 - months), to: ctx.month }) : undefined;
  if (total === undefined) return undefined;
  let text = S.partSum(formatValue('count', total), t.part.label, monthsInWords(months));
  if (t.figures.length > 0) text += `${S.comma}${S.partSumMonth(formatValue('count', t.value), monthName(ctx.month))}${S.comma}${t.figures.map((c) => plural(c.clause)).join(S.comma)}`;
  return S.sentence([text, ...t.statements].join('; '));
}

function aloneSentence(ctx: ParagraphContext, t: Told): string {
  const text = S.partAlone(monthName(ctx.month), t.part.label, formatValue('count', t.value), listOf(t.figures.map((c) => plural(c.clause))));
  return S.sentence([text, ...t.statements].join('; '));
}

/** Parts with the same one record ("the highest of the last 12 months") are told together, as the paper does. */
function groupOf(told: readonly Told[]): { clause: string; high: boolean; members: Told[] } | undefined {
  const single = told.filter((t) => t.figures.length === 1 && t.statements.length === 0 && t.figures[0] !== undefined && isRecord(t.figures[0]));
  const byClause = new Map<string, Told[]>();
  for (const t of single) byClause.set(t.figures[0]?.clause ?? '', [...(byClause.get(t.figures[0]?.clause ?? '') ?? []), t]);
  const [clause, members] = [...byClause].sort((a, b) => b[1].length - a[1].length)[0] ?? ['', []];
  const kind = members[0]?.figures[0]?.kind;
  return members.length >= 2 ? { clause, high: kind === 'highest_since' || kind === 'n_month_high', members } : undefined;
}

/**
 * The parts behind the measure: a part with `months` always, as its sum over those months; the other
 * parts when they have insights ("Higher numbers of charges (663) and TICs (51) were also seen in
 * January; both the highest of the last 12 months").
 */
export function partSentences(ctx: ParagraphContext): { sentences: string[]; insights: Candidate[] } {
  const sentences: string[] = [];
  const insights: Candidate[] = [];
  const month = monthName(ctx.month);
  const told: Told[] = [];
  for (const part of ctx.measure.parts) {
    const metric = ctx.catalogue.metric(part.metric);
    const value = metric ? windowNumber(ctx.index, metric, ctx.area.id, monthWindow(ctx.month)) : undefined;
    if (value === undefined) continue;
    const found = ctx.told(part.metric, ctx.area.id);
    insights.push(...found);
    const t: Told = { part, value, figures: found.filter((c) => c.form === 'figure'), statements: found.filter((c) => c.form === 'statement').map((c) => statementOf(c, month)) };
    if (part.months !== undefined) {
      const s = sumSentence(ctx, t, part.months);
      if (s) sentences.push(s);
    } else if (found.length > 0) told.push(t);
  }
  const group = groupOf(told);
  if (group) {
    const list = listOf(group.members.map((t) => `${t.part.label} (${formatValue('count', t.value)})`));
    sentences.push(S.sentence(S.partsGroup(group.high, list, month, group.clause, group.members.length)));
  }
  for (const t of told) if (!group?.members.includes(t)) sentences.push(aloneSentence(ctx, t));
  return { sentences, insights };
}
