import { STRINGS } from '../src/strings';
import type { AdaptiveCard, CardElement, ColumnSet } from './adaptive-card-types';
import { adaptiveCard, buttons, definitionAction } from './card-shell';
import { column, columns, text, toneColour } from './elements';
import { trendElements } from './trend-chart';
import type { AnswerView, ChangeView } from './view-models';

/** "▲ 0.3ppt", "no change". */
export function changeText(c: ChangeView): string {
  return [STRINGS.cards.arrows[c.direction], c.size].filter((part) => part !== '').join(' ');
}

/** One comparison row: what it is with, the change in colour, and what it was. */
function changeRow(c: ChangeView, first: boolean): ColumnSet {
  return columns([
    column(5, [
      text(c.title, { weight: c.asked ? 'Bolder' : 'Default' }),
      text(c.detail, { size: 'Small', isSubtle: true, spacing: 'None' }),
    ], { verticalContentAlignment: 'Center' }),
    column(3, [text(changeText(c), { weight: 'Bolder', color: toneColour(c.tone), horizontalAlignment: 'Right' })], { verticalContentAlignment: 'Center' }),
    column(2, [text(c.was, { size: 'Small', isSubtle: true, horizontalAlignment: 'Right' })], { verticalContentAlignment: 'Center' }),
  ], { separator: first, spacing: first ? 'Medium' : 'Small' });
}

/** One small line saying what the question was read as. */
export function readAsLine(readAs: string | undefined): CardElement[] {
  return readAs ? [text(readAs, { size: 'Small', isSubtle: true, spacing: 'None' })] : [];
}

/** The heading, the figure in large type and, for a rate, its parts. */
export function headline(view: Pick<AnswerView, 'title' | 'subtitle' | 'value' | 'note' | 'parts' | 'readAs'>): CardElement[] {
  const figure: CardElement[] = view.value === undefined
    ? [text(view.note ?? '', { spacing: 'Medium' })]
    : [columns([
        column('auto', [text(view.value, { size: 'ExtraLarge', weight: 'Bolder', wrap: false })], { verticalContentAlignment: 'Bottom' }),
        ...(view.parts ? [column('stretch', [text(view.parts, { size: 'Small', isSubtle: true })], { verticalContentAlignment: 'Bottom' })] : []),
      ], { spacing: 'Small' })];
  return [
    text(view.title, { size: 'Medium', weight: 'Bolder', style: 'heading' }),
    text(view.subtitle, { isSubtle: true, spacing: 'None' }),
    ...readAsLine(view.readAs),
    ...figure,
  ];
}

/** The full card for one figure. */
export function answerCard(view: AnswerView): AdaptiveCard {
  const body: CardElement[] = [
    ...headline(view),
    ...view.changes.map((c, i) => changeRow(c, i === 0)),
    ...(view.trend ? trendElements(view.trend) : []),
    text(view.dataTo, { size: 'Small', isSubtle: true, spacing: 'Medium' }),
  ];
  return adaptiveCard(body, [...buttons(view.buttons), definitionAction(view.definition)], view.fallbackText);
}
