import type { QueryChange } from '../src/answers/query-change';
import type { Query } from '../src/understanding/query';
/**
 * The subset of Adaptive Cards 1.5 that perfbot sends, plus the Teams `Chart.Line` element. One
 * type per element, each with a literal `type`. Types are aliases, not interfaces, so a card is
 * assignable to plain JSON records (`Record<string, unknown>`).
 */

export type CardVersion = '1.2' | '1.3' | '1.4' | '1.5';
export type TextColour = 'Default' | 'Dark' | 'Light' | 'Accent' | 'Good' | 'Warning' | 'Attention';
export type TextSize = 'Small' | 'Default' | 'Medium' | 'Large' | 'ExtraLarge';
export type TextWeight = 'Lighter' | 'Default' | 'Bolder';
export type Spacing = 'None' | 'Small' | 'Default' | 'Medium' | 'Large' | 'ExtraLarge' | 'Padding';
export type HorizontalAlignment = 'Left' | 'Center' | 'Right';
export type VerticalAlignment = 'Top' | 'Center' | 'Bottom';
export type ContainerStyle = 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';
/** "auto", "stretch", a relative weight, or pixels ("80px"). */
export type ColumnWidth = 'auto' | 'stretch' | number | `${number}px`;

type ElementBase = {
  readonly id?: string;
  readonly spacing?: Spacing;
  readonly separator?: boolean;
  readonly horizontalAlignment?: HorizontalAlignment;
};

export type TextBlock = ElementBase & {
  readonly type: 'TextBlock';
  readonly text: string;
  readonly wrap?: boolean;
  readonly size?: TextSize;
  readonly weight?: TextWeight;
  readonly color?: TextColour;
  readonly isSubtle?: boolean;
  readonly fontType?: 'Default' | 'Monospace';
  readonly style?: 'default' | 'heading';
  readonly maxLines?: number;
};

export type Column = {
  readonly type: 'Column';
  readonly width?: ColumnWidth;
  readonly items: readonly CardElement[];
  readonly verticalContentAlignment?: VerticalAlignment;
  readonly spacing?: Spacing;
};

export type ColumnSet = ElementBase & {
  readonly type: 'ColumnSet';
  readonly columns: readonly Column[];
};

export type Fact = { readonly title: string; readonly value: string };

export type FactSet = ElementBase & {
  readonly type: 'FactSet';
  readonly facts: readonly Fact[];
};

export type Container = ElementBase & {
  readonly type: 'Container';
  readonly items: readonly CardElement[];
  readonly style?: ContainerStyle;
  readonly bleed?: boolean;
  /** What tapping anywhere on the container does (Teams: Action.Submit is supported here). */
  readonly selectAction?: SubmitAction;
};

export type TableCell = {
  readonly type: 'TableCell';
  readonly items: readonly CardElement[];
  readonly verticalContentAlignment?: VerticalAlignment;
};

export type TableRow = {
  readonly type: 'TableRow';
  readonly cells: readonly TableCell[];
  readonly style?: ContainerStyle;
};

export type TableColumn = { readonly width: number | `${number}px`; readonly horizontalCellContentAlignment?: HorizontalAlignment };

/** Adaptive Cards 1.5 table. */
export type Table = ElementBase & {
  readonly type: 'Table';
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
  readonly firstRowAsHeader?: boolean;
  readonly showGridLines?: boolean;
  readonly gridStyle?: ContainerStyle;
};

export type ActionSet = ElementBase & {
  readonly type: 'ActionSet';
  readonly actions: readonly CardAction[];
};

export type LineChartPoint = { readonly x: string; readonly y: number };
export type LineChartSeries = { readonly legend: string; readonly values: readonly LineChartPoint[] };

/** Teams-only: a line chart. Other hosts do not know it, so it always carries a fallback. */
export type LineChart = ElementBase & {
  readonly type: 'Chart.Line';
  readonly title?: string;
  readonly xAxisTitle?: string;
  readonly yAxisTitle?: string;
  readonly colorSet?: string;
  readonly data: readonly LineChartSeries[];
  readonly fallback: Container | TextBlock | Table;
};

/** Teams' horizontal bar chart (one bar per label); other clients show its fallback. */
export type HorizontalBarPoint = { readonly x: string; readonly y: number; readonly color?: string };
export type HorizontalBarChart = ElementBase & {
  readonly type: 'Chart.HorizontalBar';
  readonly title?: string;
  readonly displayMode?: 'AbsoluteWithAxis' | 'AbsoluteNoAxis' | 'PartToWhole';
  readonly color?: string;
  readonly data: readonly HorizontalBarPoint[];
  readonly fallback: Container | TextBlock | Table;
};

export type CardElement = TextBlock | ColumnSet | FactSet | Container | Table | ActionSet | LineChart | HorizontalBarChart;

/** What a button sends back to the bot: the shapes the conversation dialog accepts. */
export type SubmitData =
  | { readonly perfbot: 'ask'; readonly text: string }
  | { readonly perfbot: 'choose'; readonly metric: string; readonly area?: string; readonly label?: string }
  | { readonly perfbot: 'help' }
  /** A card's own reading and the change a button asks for (a trend, vs last year, a ranking …). */
  | { readonly perfbot: 'query'; readonly query: Query; readonly change: QueryChange };

export type SubmitAction = {
  readonly type: 'Action.Submit';
  readonly title: string;
  readonly data: SubmitData;
  readonly style?: 'default' | 'positive' | 'destructive';
  readonly tooltip?: string;
};

/** A card shown inside the card when its button is pressed (no version of its own). */
export type InlineCard = {
  readonly type: 'AdaptiveCard';
  readonly body: readonly CardElement[];
};

export type ShowCardAction = {
  readonly type: 'Action.ShowCard';
  readonly title: string;
  readonly card: InlineCard;
};

export type CardAction = SubmitAction | ShowCardAction;

export type AdaptiveCard = {
  readonly type: 'AdaptiveCard';
  readonly $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  readonly version: CardVersion;
  /** What hosts that cannot show the card (notifications, old clients) show instead. */
  readonly fallbackText: string;
  readonly speak?: string;
  readonly body: readonly CardElement[];
  readonly actions?: readonly CardAction[];
  readonly msteams: { readonly width: 'Full' };
};
