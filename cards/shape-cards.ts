import { SHAPE_STRINGS as S } from '../src/answers/shape-strings';
import type { AdaptiveCard, CardElement, Table, TableCell, TableRow } from './adaptive-card-types';
import { readAsLine } from './answer-card';
import { barChart } from './bar-chart';
import { adaptiveCard, buttons, definitionAction } from './card-shell';
import { column, columns, text } from './elements';
import type { DriversCardView, PerHeadCardView, RankedRowView, RankingCardView } from './shape-views';

const C = S.card;

function cell(items: readonly CardElement[]): TableCell {
  return { type: 'TableCell', items, verticalContentAlignment: 'Center' };
}

function heading(title: string, subtitle: string, readAs: string | undefined): CardElement[] {
  return [text(title, { size: 'Medium', weight: 'Bolder', style: 'heading' }), text(subtitle, { isSubtle: true, spacing: 'None' }), ...readAsLine(readAs)];
}

function rankedRow(r: RankedRowView, perHead: boolean): TableRow {
  const place = r.reference ? `${r.place}${C.referenceSuffix}` : r.tied ? `${C.tiedShort} ${r.place}` : r.place;
  return {
    type: 'TableRow',
    ...(r.reference ? { style: 'emphasis' as const } : {}),
    cells: [
      cell([text(r.rank, { isSubtle: true })]),
      cell([text(place, { weight: r.rank === '1' ? 'Bolder' : 'Default' })]),
      cell([text(r.value, { weight: 'Bolder' })]),
      ...(perHead ? [cell([text(r.per1000 ?? '–')])] : []),
    ],
  };
}

function rankedTable(view: RankingCardView): Table {
  const perHead = view.headings.per1000 !== undefined;
  const head = (value: string) => cell([text(value, { size: 'Small', weight: 'Bolder', isSubtle: true })]);
  return {
    type: 'Table',
    spacing: 'Medium',
    columns: [{ width: 1 }, { width: 5 }, { width: 3, horizontalCellContentAlignment: 'Right' }, ...(perHead ? [{ width: 3, horizontalCellContentAlignment: 'Right' as const }] : [])],
    rows: [
      { type: 'TableRow', style: 'emphasis', cells: [head(C.rankHeading), head(C.placeHeading), head(view.headings.value), ...(perHead ? [head(view.headings.per1000 ?? '')] : [])] },
      ...view.rows.map((r) => rankedRow(r, perHead)),
    ],
    firstRowAsHeader: true,
    showGridLines: false,
  };
}

function small(lines: readonly string[]): CardElement[] {
  return lines.map((l) => text(l, { size: 'Small', isSubtle: true, spacing: 'Small' }));
}

/** A ranking: the places as bars (Teams chart, with a fallback), then the table with the force as reference. */
export function rankingCard(view: RankingCardView): AdaptiveCard {
  const tied = view.rows.some((r) => r.tied) ? [C.tiedMark] : [];
  const body: CardElement[] = [
    ...heading(view.title, view.subtitle, view.readAs),
    barChart(view.chartTitle, view.bars),
    rankedTable(view),
    ...small([...tied, ...view.notes]),
    text(view.dataTo, { size: 'Small', isSubtle: true, spacing: 'Medium' }),
  ];
  return adaptiveCard(body, [...buttons(view.buttons), definitionAction(view.definition)], view.fallbackText);
}

/** What drove a change: the change first, then its parts as bars, largest first. */
export function driversCard(view: DriversCardView): AdaptiveCard {
  const body: CardElement[] = [
    ...heading(view.title, view.subtitle, view.readAs),
    text(view.headline, { weight: 'Bolder', spacing: 'Medium' }),
    ...view.charts.map((c) => barChart(c.title, c.bars)),
    ...small(view.notes),
    text(view.dataTo, { size: 'Small', isSubtle: true, spacing: 'Medium' }),
  ];
  return adaptiveCard(body, [...buttons(view.buttons), definitionAction(view.definition)], view.fallbackText);
}

/** A count per 1,000 residents, with the count and the residents behind it. */
export function perHeadCard(view: PerHeadCardView): AdaptiveCard {
  const body: CardElement[] = [
    ...heading(view.title, view.subtitle, view.readAs),
    columns([
      column('auto', [text(view.value, { size: 'ExtraLarge', weight: 'Bolder', wrap: false })], { verticalContentAlignment: 'Bottom' }),
      column('stretch', [text(view.unit, { size: 'Small', isSubtle: true })], { verticalContentAlignment: 'Bottom' }),
    ], { spacing: 'Small' }),
    { type: 'FactSet', facts: view.facts, spacing: 'Medium' },
    text(view.dataTo, { size: 'Small', isSubtle: true, spacing: 'Medium' }),
  ];
  return adaptiveCard(body, [...buttons(view.buttons), definitionAction(view.definition)], view.fallbackText);
}
