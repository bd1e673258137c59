export type Unit = 'count' | 'percent' | 'minutes' | 'gbp';
export type Polarity = 'up' | 'down' | 'neutral';
export type DefaultWindow = 'month' | 'rolling12' | 'point';
export type Aggregation = 'sum' | 'ratio' | 'median' | 'point';
export type Level = 'force' | 'area' | 'district';

export interface RatioParts {
  readonly numeratorLabel: string;
  readonly denominatorLabel: string;
  /** The catalogue metric whose monthly values are this ratio's numerator, when there is one. */
  readonly numeratorMetric?: string;
  readonly denominatorMetric?: string;
}

export interface Metric {
  readonly id: string;
  readonly name: string;
  readonly synonyms: readonly string[];
  /**
   * Narrower things this figure includes that a question may name ("rape" for sexual offences): read
   * as this metric, with the reply saying that the figure is broader.
   */
  readonly includes?: readonly string[];
  readonly unit: Unit;
  readonly polarity: Polarity;
  readonly window: DefaultWindow;
  readonly aggregation: Aggregation;
  readonly levels: readonly Level[];
  readonly theme: string;
  /** Metrics about the same thing share a topic (crimes, outcomes and outcome rate of robbery). */
  readonly topic: string;
  readonly definition: string;
  readonly ratio?: RatioParts;
  /** A strategic measure of the Police and Crime Plan: listed first among equals. */
  readonly strategic?: boolean;
  /** Where the figures come from, when not the force's own management information. */
  readonly source?: string;
}

export interface Area {
  readonly id: string;
  readonly name: string;
  readonly level: Level;
  readonly parent?: string;
  readonly synonyms: readonly string[];
  readonly towns?: readonly string[];
}

export interface Catalogue {
  readonly version: number;
  readonly force: string;
  readonly metrics: readonly Metric[];
  readonly areas: readonly Area[];
}
