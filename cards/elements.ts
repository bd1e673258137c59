import type { CardElement, Column, ColumnSet, ColumnWidth, ShowCardAction, SubmitAction, SubmitData, TextBlock, TextColour } from './adaptive-card-types';
import type { Tone } from './view-models';

/** Small constructors for the elements every card uses. */

export function text(value: string, options: Omit<TextBlock, 'type' | 'text'> = {}): TextBlock {
  return { type: 'TextBlock', text: value, wrap: true, ...options };
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
