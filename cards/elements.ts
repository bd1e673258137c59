import type { CardElement, Column, ColumnSet, ColumnWidth, Container, ShowCardAction, SubmitAction, SubmitData, TextBlock, TextColour } from './adaptive-card-types';
import type { Tone } from './view-models';

/** Small constructors for the elements every card uses. */

export function text(value: string, options: Omit<TextBlock, 'type' | 'text'> = {}): TextBlock {
  return { type: 'TextBlock', text: value, wrap: true, ...options };
}

/**
 * Words that must stay on one line ("▲ 163 (32.6%)", a value and its change): joined by no-break
 * spaces, so a narrow card (Teams on a phone, 360 px) wraps around them, never through them.
 */
export function keepTogether(value: string): string {
  return value.replace(/ /g, '\u00a0');
}

/**
 * A question to press that wraps: a tappable container rather than a button, because buttons cut
 * long labels short on a phone ("ASB in Cambridge between June and Dece…").
 */
export function tapRow(title: string, data: SubmitData, spacing: 'Small' | 'Medium' = 'Small'): Container {
  return {
    type: 'Container',
    style: 'emphasis',
    spacing,
    selectAction: submit(title, data),
    items: [text(title, { color: 'Accent', weight: 'Bolder' })],
  };
}

export function column(width: ColumnWidth, items: readonly CardElement[], options: Omit<Column, 'type' | 'width' | 'items'> = {}): Column {
  return { type: 'Column', width, items, ...options };
}

export function columns(cols: readonly Column[], options: Omit<ColumnSet, 'type' | 'columns'> = {}): ColumnSet {
  return { type: 'ColumnSet', columns: cols, ...options };
}

export function submit(title: string, data: SubmitData): SubmitAction {
  return { type: 'Action.Submit', title, data };
}

export function showCard(title: string, body: readonly CardElement[]): ShowCardAction {
  return { type: 'Action.ShowCard', title, card: { type: 'AdaptiveCard', body } };
}

/** Good is green, bad is red; neither keeps the default colour. */
export function toneColour(tone: Tone): TextColour {
  switch (tone) {
    case 'good': return 'Good';
    case 'bad': return 'Attention';
    case 'neutral': return 'Default';
  }
}
