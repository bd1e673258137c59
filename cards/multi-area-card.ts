import { STRINGS } from '../src/strings';
import type { AdaptiveCard, CardElement, Table, TableCell, TableRow } from './adaptive-card-types';
import { changeText, readAsLine } from './answer-card';
import { adaptiveCard, buttons, definitionAction } from './card-shell';
import { text, toneColour } from './elements';
import { trendElements } from './trend-chart';
import type { AreaRowView, MultiAreaView } from './view-models';

function cell(items: readonly CardElement[]): TableCell {
  return { type: 'TableCell', items, verticalContentAlignment: 'Center' };
}

function areaCell(r: AreaRowView): TableCell {
  const mark = r.mark === undefined ? [] : [text(r.mark === 'best' ? STRINGS.cards.best : STRINGS.cards.worst, {
    size: 'Small',
    weight: 'Bolder',
    color: r.mark === 'best' ? 'Good' : 'Attention',
    spacing: 'None',
  })];
  return cell([text(r.area, { weight: r.mark ? 'Bolder' : 'Default' }), ...mark]);
}

function areaRow(r: AreaRowView): TableRow {
  return {
    type: 'TableRow',
    cells: [
      areaCell(r),
      cell([text(r.value, { weight: 'Bolder' }), ...(r.perHead ? [text(r.perHead, { size: 'Small', isSubtle: true, spacing: 'None' })] : [])]),
      cell([r.change ? text(changeText(r.change), { color: toneColour(r.change.tone) }) : text('–', { isSubtle: true })]),
    ],
  };
}

function header(view: MultiAreaView): TableRow {
  const heading = (value: string) => cell([text(value, { size: 'Small', weight: 'Bolder', isSubtle: true })]);
  return { type: 'TableRow', style: 'emphasis', cells: [heading(STRINGS.cards.areaHeading), heading(STRINGS.cards.valueHeading), heading(view.changeHeading ?? '')] };
}

/** A compact table: area, value and change, the best and worst marked by the metric's polarity. */
export function areaTable(view: MultiAreaView): Table {
  return {
    type: 'Table',
    spacing: 'Medium',
    columns: [{ width: 3 }, { width: 2, horizontalCellContentAlignment: 'Right' }, { width: 3, horizontalCellContentAlignment: 'Right' }],
    rows: [header(view), ...view.rows.map(areaRow)],
    firstRowAsHeader: true,
    showGridLines: false,
  };
}

export function multiAreaCard(view: MultiAreaView): AdaptiveCard {
  const body: CardElement[] = [
    text(view.title, { size: 'Medium', weight: 'Bolder', style: 'heading' }),
    text(view.subtitle, { isSubtle: true, spacing: 'None' }),
    ...readAsLine(view.readAs),
    areaTable(view),
    ...(view.note ? [text(view.note, { size: 'Small', isSubtle: true, spacing: 'Small' })] : []),
    ...(view.trend ? trendElements(view.trend) : []),
    text(view.dataTo, { size: 'Small', isSubtle: true, spacing: 'Medium' }),
  ];
  return adaptiveCard(body, [...buttons(view.buttons), definitionAction(view.definition)], view.fallbackText);
}
