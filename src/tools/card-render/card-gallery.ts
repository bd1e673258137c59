import { ask, type Brain } from '../../answers/ask';
import type { Reply } from '../../answers/reply-types';
import { EMPTY_CONVERSATION } from '../../understanding/query';
import { digestCard } from '../../../cards/digest-card';
import { helpCard, helpView } from '../../../cards/help-card';
import { monthOfDate } from '../../domain/month';
import { latestCompleteMonth } from '../../insights/latest-month';
import { buildMonthlyDigest } from '../../insights/monthly-digest';
import { replyToCard } from '../../../cards/reply-card';
import { welcomeCard } from '../../../cards/welcome-card';
import type { NamedCard } from './render-cards';

/** Every card kind, each from a real question: what the render test checks and the preview draws. */
export const GALLERY_QUESTIONS: ReadonlyArray<readonly [name: string, question: string, compact: boolean]> = [
  ['answer-rate', 'dwelling burglary outcome rate South', false],
  ['answer-count', 'burglary last month', false],
  ['answer-trend', 'immediate response time trend', false],
  ['answer-neutral', 'DA crimes last month vs last year', false],
  ['answer-median-months', 'immediate response times between June and December 2019', false],
  ['multi-area', 'burglary in South by district', false],
  ['multi-area-rate', 'dwelling burglary outcome rate by area trend', false],
  ['ranking', 'which district has the most burglaries', false],
  ['ranking-rate', 'worst district for burglary outcome rate', false],
  ['per-head', 'burglary per head in Fenland', false],
  ['drivers', 'why is burglary up', false],
  ['drivers-rate', "what's behind the change in the burglary outcome rate", false],
  ['clarify', 'response times in the South last month', false],
  ['no-data-latest', 'burglary in March 2020', false],
  ['no-data-level', 'data quality pass rate North', false],
  ['unknown', 'violence victims satisfaction', false],
  ['compact', 'robbery in Fenland last month', true],
  ['compact-areas', 'dwelling burglary outcome rate North vs South', true],
  ['compact-ranking', 'top 3 districts for burglary', true],
  ['compact-drivers', 'why is burglary up', true],
];

export interface GalleryCard extends NamedCard {
  readonly reply?: Reply;
}

export function cardGallery(brain: Brain, today: string): GalleryCard[] {
  const replies = GALLERY_QUESTIONS.map(([name, question, compact]) => {
    const reply = ask(question, EMPTY_CONVERSATION, today, brain).reply;
    return { name, reply, card: replyToCard(reply, { compact }) };
  });
  const month = latestCompleteMonth(brain.index, brain.catalogue, monthOfDate(today));
  const names = { metricName: (id: string) => brain.catalogue.metric(id)?.name ?? id, areaName: (id: string) => brain.catalogue.area(id)?.name ?? id };
  const digest = month === undefined ? [] : [{ name: 'digest', card: digestCard(buildMonthlyDigest(brain.index, brain.catalogue, month), names) }];
  return [...replies, { name: 'help', card: helpCard(helpView(brain.catalogue)) }, { name: 'welcome', card: welcomeCard() }, ...digest];
}
