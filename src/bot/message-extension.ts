import type { MessagingExtensionAttachment, MessagingExtensionQuery, MessagingExtensionResponse } from 'botbuilder';
import { ask, choose, type Brain } from '../answers/ask';
import type { Reply } from '../answers/reply-types';
import { monthLabel, monthOfDate, type Month } from '../domain/month';
import { DIGEST_STRINGS } from '../insights/digest-strings';
import { latestCompleteMonth } from '../insights/latest-month';
import { buildMonthlyDigest } from '../insights/monthly-digest';
import type { MonthlyDigest as Digest } from '../insights/strategic/strategic-types';
import { STRINGS } from '../strings';
import { replyToCard } from '../../cards/reply-card';
import { attachment, replyResults } from './extension-results';

/** At most this many results; below this many characters the extension shows the headlines. */
export const MAX_RESULTS = 8;
export const MIN_QUERY_LENGTH = 3;
export const EXTENSION_COMMAND = 'ask';
export const QUESTION_PARAMETER = 'question';

/** Results, and the replies whose figures they show (for the audit log). */
interface Results {
  readonly results: readonly MessagingExtensionAttachment[];
  readonly replies: readonly Reply[];
}

/**
 * The headlines shown for an empty or short query take a few hundred milliseconds to build (the
 * month's insights and a card for each): they are made once per figures and month, and
 * `prepareSearchBox` makes them when the figures load, so a meeting's first search is as quick as
 * the next one.
 */
const headlineResults = new WeakMap<Brain, Map<Month, Results>>();

/** Builds the search box's headlines for the latest complete month before `today`, if not yet built. */
export function prepareSearchBox(brain: Brain, today: string): void {
  void headlines(brain, today, []);
}

/** Whether the headlines for `month` are already built for these figures (for tests and the bench). */
export function searchBoxReady(brain: Brain, month: Month): boolean {
  return headlineResults.get(brain)?.has(month) ?? false;
}

/** The question typed in the search box (the `question` parameter, else the first one). */
export function questionOf(query: MessagingExtensionQuery): string {
  const params = query.parameters ?? [];
  const param = params.find((p) => p.name === QUESTION_PARAMETER) ?? params.find((p) => p.name !== 'initialRun');
  const value: unknown = param?.value;
  return typeof value === 'string' ? value.trim() : '';
}

/** The help card's example questions, each answered. */
function examples(brain: Brain, today: string, seen: Reply[]): MessagingExtensionAttachment[] {
  return STRINGS.helpExamples.flatMap((q) => replyResults(shown(ask(q, {}, today, brain).reply, seen), q).slice(0, 1));
}

/** The latest complete month's digest (made once per figures and month); the examples when there is none. */
function headlines(brain: Brain, today: string, seen: Reply[]): readonly MessagingExtensionAttachment[] {
  const month = latestCompleteMonth(brain.index, brain.catalogue, monthOfDate(today));
  if (month === undefined) return examples(brain, today, seen);
  const byMonth = headlineResults.get(brain) ?? new Map<Month, Results>();
  headlineResults.set(brain, byMonth);
  let made = byMonth.get(month);
  if (!made) {
    const replies: Reply[] = [];
    made = { results: digestCards(brain, month, today, replies), replies };
    byMonth.set(month, made);
  }
  seen.push(...made.replies);
  return made.results;
}

/**
 * The month's digest, as the monthly push has it: the strategic measures first, then the
 * headlines, each with the figure's card; the examples when there are none.
 */
function digestCards(brain: Brain, month: Month, today: string, seen: Reply[]): MessagingExtensionAttachment[] {
  const digest: Digest = buildMonthlyDigest(brain.index, brain.catalogue, month, { max: MAX_RESULTS });
  if (digest.kind !== 'digest' || digest.strategic.length + digest.headlines.length === 0) return examples(brain, today, seen);
  const label = monthLabel(digest.month);
  const items = [...digest.strategic.map((p) => ({ ...p, text: DIGEST_STRINGS.preview(label, p.text) })), ...digest.headlines];
  return items.slice(0, MAX_RESULTS).flatMap((h) => {
    const metric = brain.catalogue.metric(h.metric);
    const area = brain.catalogue.area(h.area);
    if (!metric || !area) return [];
    const turn = choose(metric.id, area.id, `${metric.name} ${area.name}`, {}, today, brain);
    return [attachment(replyToCard(shown(turn.reply, seen)), { title: STRINGS.messageExtension.preview(metric.name, area.name), text: h.text })];
  });
}

/** Results for a question: its figures; one per reading it could mean; or the readings suggested instead. */
function answers(question: string, brain: Brain, today: string, seen: Reply[]): MessagingExtensionAttachment[] {
  const turn = ask(question, {}, today, brain);
  const reply = turn.reply;
  switch (reply.kind) {
    case 'answer':
    case 'no_data':
      return replyResults(shown(reply, seen));
    case 'clarify':
      return reply.options.flatMap((o) => replyResults(shown(choose(o.metric.id, o.area.id, question, turn.state, today, brain).reply, seen)).slice(0, 1));
    case 'unknown': {
      if (reply.suggestions.length > 0) return reply.suggestions.flatMap((m) => replyResults(shown(choose(m.id, undefined, question, {}, today, brain).reply, seen)).slice(0, 1));
      const noMatch = attachment(replyToCard(reply), { title: STRINGS.messageExtension.noMatch(question.slice(0, 60)), text: renderHint() });
      return [noMatch, ...examples(brain, today, seen)];
    }
  }
}

/** Notes a reply whose figures go into the results (for the audit log), and passes it on. */
function shown(reply: Reply, seen: Reply[]): Reply {
  seen.push(reply);
  return reply;
}

function renderHint(): string {
  return `${STRINGS.messageExtension.tryAsking}: ${STRINGS.helpExamples.slice(0, 2).map((e) => `"${e}"`).join(', ')}`;
}

/**
 * Answers a search-based message extension query (`composeExtension/query`): from three characters
 * the question's results, below that the latest headlines; at most eight, as a list of cards.
 */
export function answerExtensionQuery(query: MessagingExtensionQuery, brain: Brain, today: string, onShown?: (question: string, replies: readonly Reply[]) => void): MessagingExtensionResponse {
  const question = questionOf(query);
  const seen: Reply[] = [];
  const all = question.length < MIN_QUERY_LENGTH ? headlines(brain, today, seen) : answers(question, brain, today, seen);
  onShown?.(question, seen);
  const skip = Math.max(0, query.queryOptions?.skip ?? 0);
  const count = Math.min(MAX_RESULTS, Math.max(1, query.queryOptions?.count ?? MAX_RESULTS));
  return { composeExtension: { type: 'result', attachmentLayout: 'list', attachments: all.slice(0, MAX_RESULTS).slice(skip, skip + count) } };
}
