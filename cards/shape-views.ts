import { hasPerHead } from '../src/answers/answer-shapes';
import type { Contribution } from '../src/answers/drivers';
import { formatValue, windowLabel } from '../src/answers/format';
import { rankValue } from '../src/answers/rank-places';
import { driversText, formatPer1000, populationLabel, rankingText } from '../src/answers/render-shapes';
import { renderText } from '../src/answers/render-text';
import { SHAPE_STRINGS as S } from '../src/answers/shape-strings';
import { judgeChange } from '../src/domain/comparisons';
import { monthLabel } from '../src/domain/month';
import { STRINGS } from '../src/strings';
import { answerButtons, driversButtons, rankingButtons, type AnswerReply } from './answer-buttons';
import { definitionView } from './answer-view';
import type { BarView } from './bar-chart';
import type { ButtonView, DefinitionView } from './view-models';

export interface RankedRowView {
  readonly rank: string;
  readonly place: string;
  readonly value: string;
  readonly per1000?: string;
  /** Within noise of the place above. */
  readonly tied: boolean;
  readonly reference?: boolean;
}

/** What every ranking, drivers and per-head card has: its heading, the reading, the data's end, the definition and the buttons. */
interface ShapeCardFrame {
  readonly title: string;
  readonly subtitle: string;
  readonly readAs?: string;
  readonly dataTo: string;
  readonly definition: DefinitionView;
  readonly buttons: readonly ButtonView[];
  readonly fallbackText: string;
}

export interface RankingCardView extends ShapeCardFrame {
  readonly chartTitle: string;
  readonly bars: readonly BarView[];
  readonly headings: { readonly value: string; readonly per1000?: string };
  readonly rows: readonly RankedRowView[];
  readonly notes: readonly string[];
}

export interface DriversCardView extends ShapeCardFrame {
  readonly headline: string;
  readonly charts: readonly { readonly title: string; readonly bars: readonly BarView[] }[];
  readonly notes: readonly string[];
}

export interface PerHeadCardView extends ShapeCardFrame {
  readonly value: string;
  readonly unit: string;
  readonly facts: readonly { readonly title: string; readonly value: string }[];
}

const C = S.card;

/** The places in order as bars and a table, the force as reference, ties and the population named. */
export function rankingCardView(reply: AnswerReply): RankingCardView {
  const view = reply.ranking;
  const first = reply.results[0];
  if (!view || !first) throw new Error('a ranking card needs a ranking');
  const metric = first.metric;
  const per = view.by === 'per1000';
  const withHead = reply.results.some((r) => r.perHead);
  const figure = (v: number | null) => (v === null ? '–' : per ? formatPer1000(v) : formatValue(metric.unit, v));
  const row = (r: AnswerReply['results'][number], i: number, reference = false): RankedRowView => ({
    rank: reference ? '' : String(r.rank ?? i + 1),
    place: r.area.name,
    value: r.value === null ? '–' : formatValue(metric.unit, r.value),
    ...(r.perHead ? { per1000: formatPer1000(r.perHead.per1000) } : {}),
    tied: !reference && (view.tiedWithPrevious[i] ?? false),
    ...(reference ? { reference } : {}),
  });
  const source = populationLabel(first);
  const lines = rankingText(reply.results, view);
  return {
    title: metric.name,
    subtitle: C.rankingSubtitle(windowLabel(first.window), S.rankingLevel[view.level], view.order === 'desc'),
    ...(reply.reading ? { readAs: reply.reading.line } : {}),
    chartTitle: per ? C.perHeadChart : metric.name,
    bars: reply.results.map((r) => ({ label: r.area.name, value: rankValue(r, view.by) ?? 0, text: figure(rankValue(r, view.by)) })),
    headings: { value: C.valueHeading, ...(withHead ? { per1000: C.per1000Heading } : {}) },
    rows: [...reply.results.map((r, i) => row(r, i)), ...(view.reference ? [row(view.reference, -1, true)] : [])],
    notes: [...lines.slice(1).filter((l) => !l.startsWith(S.rankingOrder(S.rankingLevel[view.level], reply.results.length)) && !l.startsWith(view.reference?.area.name ?? '\u0000') && !l.startsWith(S.rankingTies([]).slice(0, 12))), ...(source && !lines.some((l) => l.includes(source)) ? [S.populationNote(source)] : [])],
    dataTo: STRINGS.dataTo(monthLabel(reply.dataTo), metric.source),
    definition: definitionView(metric),
    buttons: rankingButtons(reply),
    fallbackText: renderText(reply),
  };
}

function contributionBars(parts: readonly Contribution[], reply: AnswerReply, limit: number): BarView[] {
  const d = reply.drivers;
  if (!d) return [];
  const ppt = d.changeUnit === 'ppt';
  const sized = (v: number) => (ppt ? `${v > 0 ? '+' : v < 0 ? '-' : ''}${Math.abs(v).toFixed(2)}ppt` : `${v > 0 ? '+' : v < 0 ? '-' : ''}${formatValue('count', Math.abs(v))}`);
  return parts.slice(0, limit).map((c) => {
    const v = c.effect ?? c.change;
    const share = c.share === null ? '' : ` (${Math.round(100 * c.share)}%)`;
    return { label: c.name, value: v, text: `${sized(v)}${share}`, tone: judgeChange(d.metric, v) };
  });
}

/** The change, then its parts as bars, largest first: by place, and for all crime by crime type. */
export function driversCardView(reply: AnswerReply): DriversCardView {
  const d = reply.drivers;
  const first = reply.results[0];
  if (!d || !first) throw new Error('a drivers card needs the drivers');
  const lines = driversText(d);
  const charts = [
    { title: d.changeUnit === 'ppt' ? C.byPlaceRate : C.byPlace, bars: contributionBars(d.byArea, reply, 8) },
    ...(d.byType.length > 0 ? [{ title: C.byType, bars: contributionBars(d.byType, reply, 8) }] : []),
  ];
  return {
    title: C.driversTitle(d.metric.name),
    subtitle: C.driversSubtitle(d.scope.name, windowLabel(d.window), windowLabel(d.base)),
    ...(reply.reading ? { readAs: reply.reading.line } : {}),
    headline: lines[0] ?? '',
    charts,
    // "But down 32 on the 12 months to January 2019" and, for a rate, the mix of places.
    notes: [...(d.otherWay ? [lines[1] ?? ''] : []), ...(d.mix !== undefined ? [lines[lines.length - 1] ?? ''] : [])],
    dataTo: STRINGS.dataTo(monthLabel(reply.dataTo), d.metric.source),
    definition: definitionView(d.metric),
    buttons: driversButtons(reply),
    fallbackText: renderText(reply),
  };
}

/** A count per 1,000 residents: the rate, the count and the residents, and where they come from. */
export function perHeadCardView(reply: AnswerReply): PerHeadCardView | undefined {
  const r = reply.results[0];
  if (!r || !r.perHead || r.value === null || !hasPerHead(r.metric)) return undefined;
  const p = r.perHead.population;
  return {
    title: r.metric.name,
    subtitle: STRINGS.cards.subtitle(r.area.name, windowLabel(r.window)),
    ...(reply.reading ? { readAs: reply.reading.line } : {}),
    value: formatPer1000(r.perHead.per1000),
    unit: S.perHeadUnit,
    facts: [
      { title: C.countFact, value: formatValue(r.metric.unit, r.value) },
      { title: C.residentsFact, value: formatValue('count', p.value) },
      { title: C.sourceFact, value: S.populationSource(p.source, p.year) },
    ],
    dataTo: STRINGS.dataTo(monthLabel(reply.dataTo), r.metric.source),
    definition: definitionView(r.metric),
    buttons: answerButtons(reply, r),
    fallbackText: renderText(reply),
  };
}
