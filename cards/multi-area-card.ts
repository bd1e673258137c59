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

/** The value, and its change on the line under it (a third column leaves no room on a phone). */
function areaRow(r: AreaRowView): TableRow {
  return {
    type: 'TableRow',
    cells: [
      areaCell(r),
      cell([
        text(r.value, { weight: 'Bolder' }),
        ...(r.perHead ? [text(r.perHead, { size: 'Small', isSubtle: true, spacing: 'None' })] : []),
        r.change ? text(changeText(r.change), { color: toneColour(r.change.tone), spacing: 'None' }) : text('–', { isSubtle: true, spacing: 'None' }),
      ]),
    ],
  };
}

function header(view: MultiAreaView): TableRow {
  const heading = (value: string, spacing?: 'None') => text(value, { size: 'Small', weight: 'Bolder', isSubtle: true, ...(spacing ? { spacing } : {}) });
  return {
    type: 'TableRow',
    style: 'emphasis',
    cells: [cell([heading(STRINGS.cards.areaHeading)]), cell([heading(STRINGS.cards.valueHeading), ...(view.changeHeading ? [heading(view.changeHeading, 'None')] : [])])],
  };
}

/** A compact table: area, then value with its change, the best and worst marked by the metric's polarity. */
export function areaTable(view: MultiAreaView): Table {
  return {
    type: 'Table',
    spacing: 'Medium',
    columns: [{ width: 1 }, { width: 1, horizontalCellContentAlignment: 'Right' }],
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
