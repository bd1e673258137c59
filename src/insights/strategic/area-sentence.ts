import { rolling12Window } from '../../domain/window';
import { windowNumber } from '../../domain/window-value';
import { formatValue } from '../../answers/format';
import { KIND_ORDER } from '../detectors/configuration';
import { DIGEST_STRINGS as S } from '../digest-strings';
import type { Candidate } from '../headline-types';
import { listOf, trendWasDown } from './strategic-words';
import type { ParagraphContext } from './strategic-types';

/** One insight as what an area's rate does: "has been rising month on month since October 2018". */
function phraseOf(c: Candidate): string {
  switch (c.kind) {
    case 'rising':
    case 'falling': return S.areaRun(c.kind === 'rising', c.clause.replace(/^.*since /, ''));
    case 'trend': return S.areaTrend(trendWasDown(c));
    case 'trend_halted': return S.areaHalted(trendWasDown(c));
    default: return S.areaIs(c.clause);
  }
}

export interface AreaPart {
  readonly area: string;
  readonly name: string;
  readonly value: string;
  readonly insights: readonly Candidate[];
}

/**
 * The areas below (North and South under the force), when one of them moves: "South's rate, at 10.5%,
 * has been rising month on month since October 2018, while North's, at 8.0%, has been more static."
 * Of two areas, the quiet one is told as "more static"; of more (the districts of an area), only those
 * that move.
 */
export function areaSentence(ctx: ParagraphContext): { sentence?: string; insights: Candidate[]; areas: string[] } {
  const metric = ctx.catalogue.metric(ctx.measure.metric);
  if (!metric) return { insights: [], areas: [] };
  const parts: AreaPart[] = ctx.catalogue.children(ctx.area.id).filter((a) => ctx.catalogue.hasLevel(metric, a.id)).flatMap((a) => {
    const v = windowNumber(ctx.index, metric, a.id, rolling12Window(ctx.month));
    const order = (c: Candidate) => KIND_ORDER.indexOf(c.kind);
    return v === undefined ? [] : [{ area: a.id, name: a.name, value: formatValue(metric.unit, v), insights: [...ctx.told(metric.id, a.id)].sort((x, y) => order(x) - order(y)) }];
  });
  const moving = parts.filter((p) => p.insights.length > 0);
  const areas = parts.map((p) => p.area);
  const insights = moving.flatMap((p) => p.insights);
  if (moving.length === 0) return { insights, areas };
  const told = (p: AreaPart, first: boolean) => `${first ? S.areaHead(p.name, p.value) : S.areaOther(p.name, p.value)} ${p.insights.length > 0 ? listOf(p.insights.map(phraseOf)) : S.areaStatic}`;
  if (parts.length === 2) {
    const [a, b] = [...moving, ...parts.filter((p) => p.insights.length === 0)];
    if (a && b) return { sentence: S.sentence(`${told(a, true)}${S.areaWhile}${told(b, false)}`), insights, areas };
  }
  return { sentence: S.sentence(moving.map((p) => told(p, true)).join(S.areaJoin)), insights, areas };
}
