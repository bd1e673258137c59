import type { CatalogueIndex } from '../domain/catalogue';
import type { Metric } from '../domain/catalogue-types';
import type { ObservationIndex } from '../domain/observation-index';
import type { PopulationTable } from '../domain/population';
import { interpret } from '../understanding/interpret';
import type { ConversationState, Query } from '../understanding/query';
import { understand, type UnderstandingDeps } from '../understanding/understand';
import { answerQuery } from './answer-query';
import { applyChange, type QueryChange } from './query-change';
import { MAX_QUESTION_LENGTH } from './limits';
import { optionLabel } from './option-label';
import { periodWords } from './format';
import type { Reply } from './reply-types';
import { readingOf } from './reading';
import type { Understanding } from '../understanding/understanding-types';

/** Everything answering needs, built once at start-up. */
export interface Brain extends UnderstandingDeps {
  readonly catalogue: CatalogueIndex;
  readonly index: ObservationIndex;
  /** Residents by area, for rates per head. */
  readonly population: PopulationTable;
  /** For a total (all crime): the metrics that split it, for "what drives a change". */
  readonly crimeTypes: ReadonlyMap<string, readonly Metric[]>;
}

export { MAX_QUESTION_LENGTH } from './limits';

export interface Turn {
  readonly reply: Reply;
  readonly state: ConversationState;
}

/**
 * A reading picked from a card (a clarification option, a suggestion, the level offered instead):
 * the pending question with that metric and area, or the metric on its own.
 */
export function choose(metricId: string, areaId: string | undefined, question: string, state: ConversationState, today: string, brain: Brain): Turn {
  const metric = brain.catalogue.metric(metricId);
  const area = areaId === undefined ? undefined : brain.catalogue.area(areaId);
  if (!metric || (areaId !== undefined && !area)) return { reply: { kind: 'unknown', question, suggestions: [], reason: 'not_a_metric' }, state };
  const base = state.pending?.query ?? { areas: [], monthOnly: false, comparisons: [], wantsSeries: false };
  const query = { ...base, metric: metric.id, ...(area ? { areas: [area.id], breakdown: undefined } : {}) };
  const reply = withReading(answerQuery(query, question, { catalogue: brain.catalogue, index: brain.index, today, population: brain.population, crimeTypes: brain.crimeTypes }), undefined, brain);
  return { reply, state: { last: query } };
}

/** A reading sent back by a card button, with the change it asks for: answered as it stands, never re-read from words. */
export function askQuery(query: Query, change: QueryChange, today: string, brain: Brain): Turn {
  const changed = applyChange(query, change);
  const metric = brain.catalogue.metric(changed.metric);
  const known = metric !== undefined && [...changed.areas].every((a) => brain.catalogue.area(a) !== undefined) && (changed.extraMetrics ?? []).every((m) => brain.catalogue.metric(m) !== undefined);
  const question = metric ? metric.name : changed.metric;
  if (!known) return { reply: { kind: 'unknown', question, suggestions: [], reason: 'not_a_metric' }, state: {} };
  const reply = withReading(answerQuery(changed, question, { catalogue: brain.catalogue, index: brain.index, today, population: brain.population, crimeTypes: brain.crimeTypes }), undefined, brain);
  return { reply, state: { last: changed } };
}

/** "Cambridgeshire (North, South, Peterborough, …)": the places the force covers, for a place outside it. */
function forceAreas(brain: Brain): string {
  const c = brain.catalogue;
  const below = c.areas.filter((a) => a.level !== 'force').map((a) => a.name);
  return `${c.force.name} (${below.join(', ')})`;
}

/** The reply with what it was read as. */
function withReading(reply: Reply, u: Understanding | undefined, brain: Brain): Reply {
  if (reply.kind !== 'answer' && reply.kind !== 'no_data') return reply;
  const reading = readingOf(reply, u, brain.catalogue);
  return reading ? { ...reply, reading } : reply;
}

/** One turn of a conversation: the question, with what the conversation knew, to a reply and what it now knows. */
export function ask(question: string, state: ConversationState, today: string, brain: Brain): Turn {
  if (question.length > MAX_QUESTION_LENGTH) return { reply: { kind: 'unknown', question: question.slice(0, 200), suggestions: [], reason: 'too_long' }, state };
  const u = understand(question, today, brain);
  const meaning = interpret(u, state, brain.catalogue, brain.vocabulary);
  switch (meaning.kind) {
    case 'query': {
      const reply = withReading(answerQuery(meaning.query, question, { catalogue: brain.catalogue, index: brain.index, today, population: brain.population, crimeTypes: brain.crimeTypes }), u, brain);
      return { reply, state: { last: meaning.query } };
    }
    case 'clarify_period': {
      const metric = brain.catalogue.metric(meaning.query.metric);
      const area = brain.catalogue.area(meaning.query.areas[0] ?? '') ?? brain.catalogue.force;
      if (!metric) return { reply: { kind: 'unknown', question, suggestions: [], reason: 'not_a_metric' }, state };
      const options = meaning.periods.map((p) => ({ metric, area, label: `${optionLabel(metric, area)}, ${periodWords(p.spec)}` }));
      const pending = { options: options.map((o) => o.metric.id), query: meaning.query, periods: meaning.periods.map((p) => p.spec) };
      return { reply: { kind: 'clarify', question, options, reason: 'period' }, state: { ...(state.last ? { last: state.last } : {}), pending } };
    }
    case 'clarify': {
      const area = brain.catalogue.area(meaning.pending.areas[0] ?? '') ?? brain.catalogue.force;
      const options = meaning.options.map((metric) => ({ metric, area, label: optionLabel(metric, area) }));
      const pending = { options: meaning.options.map((m) => m.id), query: meaning.pending };
      return { reply: { kind: 'clarify', question, options, reason: 'metric' }, state: { ...(state.last ? { last: state.last } : {}), pending } };
    }
    case 'unknown': {
      const reply: Reply = {
        kind: 'unknown',
        question,
        suggestions: meaning.suggestions,
        reason: meaning.reason,
        ...(meaning.detail ? { detail: meaning.detail } : {}),
        ...(meaning.reason === 'outside_force' ? { detail: forceAreas(brain) } : {}),
        ...(meaning.unsupported ? { unsupported: meaning.unsupported } : {}),
      };
      return { reply, state: state.last ? { last: state.last } : {} };
    }
  }
}
