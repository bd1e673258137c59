import type { AnswerResult, Reply } from '../src/answers/reply-types';
import { STRINGS } from '../src/strings';
import { periodPhrase, questionText } from './question-text';
import type { ButtonView } from './view-models';

export type AnswerReply = Extract<Reply, { readonly kind: 'answer' }>;

const Q = STRINGS.cards.questions;

function ask(title: string, text: string): ButtonView {
  return { title, data: { perfbot: 'ask', text } };
}

/** "By area" from the force, "by district" from an area or a district (its neighbours), where the metric has the level. */
function breakdownQuestion(r: AnswerResult): string | undefined {
  const { metric, area, window } = r;
  if (area.level === 'force') return metric.levels.includes('area') ? Q.byArea(questionText(metric, area, window)) : undefined;
  return metric.levels.includes('district') ? Q.byDistrict(questionText(metric, area, window)) : undefined;
}

/** The buttons under a one-figure answer: each a whole question, so an old card still asks the right thing. */
export function answerButtons(reply: AnswerReply, r: AnswerResult): ButtonView[] {
  const base = questionText(r.metric, r.area, r.window);
  const out: ButtonView[] = [];
  const byArea = breakdownQuestion(r);
  if (byArea) out.push(ask(STRINGS.buttons.byArea, byArea));
  if (!reply.seriesAsked) out.push(ask(STRINGS.buttons.trend, Q.trend(base)));
  const hasLastYear = r.comparisons.some((c) => c.kind === 'last_year');
  if (hasLastYear && !reply.asked.includes('last_year')) out.push(ask(STRINGS.buttons.vsLastYear, Q.vsLastYear(base)));
  return out;
}

/** The same set of areas asked again: by area or by district where the breakdown was, else the areas named. */
function groupQuestion(reply: AnswerReply): string | undefined {
  const first = reply.results[0];
  if (!first) return undefined;
  const { metric, window } = first;
  const period = periodPhrase(metric, window);
  if (reply.results.every((r) => r.area.level === 'area')) return Q.byArea([metric.name, period].join(' '));
  if (reply.query.breakdown !== undefined && first.area.level === 'district') return Q.byDistrict([metric.name, first.area.name, period].join(' '));
  return [metric.name, reply.results.map((r) => r.area.name).join(' and '), period].join(' ');
}

/** The buttons under a table of areas. */
export function multiAreaButtons(reply: AnswerReply): ButtonView[] {
  const question = groupQuestion(reply);
  if (question === undefined) return [];
  const first = reply.results[0];
  const out: ButtonView[] = [];
  if (!reply.seriesAsked) out.push(ask(STRINGS.buttons.trend, Q.trend(question)));
  const hasLastYear = first?.comparisons.some((c) => c.kind === 'last_year') ?? false;
  if (hasLastYear && !reply.asked.includes('last_year')) out.push(ask(STRINGS.buttons.vsLastYear, Q.vsLastYear(question)));
  return out;
}
