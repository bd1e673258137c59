import type { ComparisonKind } from '../domain/comparisons';
import type { Breakdown } from './intent/breakdown-words';
import type { DriversAsk } from './intent/driver-words';
import type { RankingAsk } from './intent/ranking-words';
import type { PeriodSpec } from './period/period-spec';

/**
 * A question fully stated: what the conversation has settled, ready to answer. Small and plain so
 * the bot can keep it in conversation state between turns.
 */
export interface Query {
  readonly metric: string;
  /** Areas named, in order; empty means the force unless a breakdown says otherwise. */
  readonly areas: readonly string[];
  readonly breakdown?: Breakdown;
  readonly period?: PeriodSpec;
  /** The words the period was read from ("last month"). */
  readonly periodText?: string;
  readonly monthOnly: boolean;
  readonly comparisons: readonly ComparisonKind[];
  readonly wantsSeries: boolean;
  readonly ranking?: RankingAsk;
  readonly perHead?: boolean;
  readonly drivers?: DriversAsk;
  /** Further metrics asked for side by side ("burglary and robbery"). */
  readonly extraMetrics?: readonly string[];
  /** Each metric at its own places, when the question paired them ("burglary in Cambridge and robbery in Peterborough"). */
  readonly pairs?: readonly { readonly metric: string; readonly areas: readonly string[]; readonly periods?: readonly PeriodSpec[] }[];
  /** Further periods asked for side by side ("January vs June"), with the words they were read from. */
  readonly extraPeriods?: readonly PeriodSpec[];
  /** A grain or span the store does not hold ("this week"): the reply is no_data. */
  readonly unheld?: string;
  /** The narrower thing asked for when the metric is broader ("rape"). */
  readonly broader?: string;
  /** Towns named, each read as the district that contains it ("St Ives" → huntingdonshire). */
  readonly towns?: readonly { readonly town: string; readonly area: string }[];
}

/** A question waiting for the user to pick its metric. */
export type PendingQuery = Omit<Query, 'metric'>;

/** What a conversation remembers between turns. */
export interface ConversationState {
  readonly last?: Query;
  /** A choice put to the user: of metrics, or (with `periods`) of the periods a question named ("2018 or 2019"). */
  readonly pending?: { readonly options: readonly string[]; readonly query: PendingQuery; readonly periods?: readonly PeriodSpec[] };
}

export const EMPTY_CONVERSATION: ConversationState = Object.freeze({});
