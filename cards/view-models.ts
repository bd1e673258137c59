import type { SubmitData } from './adaptive-card-types';

/**
 * What each card shows, already in words: the builders only lay these out. Views are made from
 * replies (answer-view.ts, multi-area-view.ts, …) and turned into Adaptive Card JSON by the
 * matching *-card.ts file.
 */

/** Whether a change is good or bad news, by the metric's polarity. */
export type Tone = 'good' | 'bad' | 'neutral';
export type Direction = 'up' | 'down' | 'same';

export interface ButtonView {
  readonly title: string;
  readonly data: SubmitData;
}

/** One comparison: "Last year · January 2019 · ▲ 4 (3.0%) · was 135". */
export interface ChangeView {
  readonly title: string;
  readonly detail: string;
  readonly direction: Direction;
  readonly size: string;
  readonly was: string;
  readonly tone: Tone;
  /** The question asked for this comparison. */
  readonly asked: boolean;
}

export interface TrendPointView {
  readonly label: string;
  readonly value: number;
  readonly text: string;
}

export interface TrendSeriesView {
  readonly legend: string;
  readonly points: readonly TrendPointView[];
  /** "▃▄▄▅▆▆▇", for clients without charts. */
  readonly sparkline: string;
  /** "Jan 19 10.2% → Jan 20 10.9%". */
  readonly ends: string;
  readonly range: string;
}

export interface TrendView {
  readonly title: string;
  readonly series: readonly TrendSeriesView[];
  /** The 24-month trend test, where the data holds it. */
  readonly longTerm?: { readonly text: string; readonly tone: Tone };
  /** Whether the fallback lists every month (the trend was asked for). */
  readonly listMonths: boolean;
}

/** What the figure means, behind a button. */
export interface DefinitionView {
  readonly button: string;
  readonly heading: string;
  readonly text: string;
  readonly source?: string;
}

export interface AnswerView {
  readonly title: string;
  readonly subtitle: string;
  /** "Read as: …": what the question was answered as, in one line. */
  readonly readAs?: string;
  readonly value?: string;
  readonly note?: string;
  /** "140 outcomes / 1,333 burglaries recorded", for rates. */
  readonly parts?: string;
  readonly changes: readonly ChangeView[];
  readonly trend?: TrendView;
  readonly dataTo: string;
  readonly definition: DefinitionView;
  readonly buttons: readonly ButtonView[];
  readonly fallbackText: string;
}

export interface AreaRowView {
  readonly area: string;
  readonly value: string;
  /** For a count: "0.4 per 1,000". */
  readonly perHead?: string;
  readonly change?: ChangeView;
  readonly mark?: 'best' | 'worst';
}

export interface MultiAreaView {
  readonly title: string;
  readonly subtitle: string;
  readonly readAs?: string;
  readonly changeHeading?: string;
  readonly rows: readonly AreaRowView[];
  /** How best and worst were judged, when not by the figure itself. */
  readonly note?: string;
  readonly trend?: TrendView;
  readonly dataTo: string;
  readonly definition: DefinitionView;
  readonly buttons: readonly ButtonView[];
  readonly fallbackText: string;
}

/** For group chats and meetings: the number, the change, one line of context. */
export interface CompactView {
  readonly rows: readonly { readonly label?: string; readonly value: string; readonly change?: ChangeView }[];
  readonly context: string;
  readonly fallbackText: string;
}

/** Clarify, no-data and unknown replies: a short message and the next steps as buttons. */
export interface PromptView {
  readonly title: string;
  readonly text: string;
  readonly buttonsTitle?: string;
  readonly buttons: readonly ButtonView[];
  readonly fallbackText: string;
}

export interface HelpView {
  readonly title: string;
  readonly intro: string;
  readonly examplesTitle: string;
  readonly examples: readonly ButtonView[];
  readonly measuresTitle: string;
  /** The show-card that holds the measures, places and periods. */
  readonly moreButton: string;
  readonly themes: readonly { readonly name: string; readonly metrics: readonly string[] }[];
  readonly sections: readonly string[];
  readonly fallbackText: string;
}

export interface WelcomeView {
  readonly title: string;
  readonly body: string;
  readonly tryTitle: string;
  readonly examples: readonly ButtonView[];
  readonly fallbackText: string;
}
