import type { Reply } from '../src/answers/reply-types';
import type { AdaptiveCard } from './adaptive-card-types';
import { answerCard } from './answer-card';
import { answerView } from './answer-view';
import { clarifyCard, clarifyView } from './clarify-card';
import { compactCard, compactView } from './compact-card';
import { multiAreaCard } from './multi-area-card';
import { multiAreaView } from './multi-area-view';
import { noDataCard, noDataView } from './no-data-card';
import { unknownCard, unknownView } from './unknown-card';
import { SHAPE_STRINGS } from '../src/answers/shape-strings';
import { text } from './elements';
import { driversCard, perHeadCard, rankingCard } from './shape-cards';
import { driversCardView, perHeadCardView, rankingCardView } from './shape-views';

export interface ReplyCardOptions {
  /** Group chats and meetings: the number, the change, one line of context. */
  readonly compact?: boolean;
}

/** The card for any reply: one figure, several areas, a question back, no data, or not understood. */
export function replyToCard(reply: Reply, options: ReplyCardOptions = {}): AdaptiveCard {
  switch (reply.kind) {
    case 'answer': {
      if (options.compact) return compactCard(compactView(reply));
      const card = answerCardFor(reply);
      const said = shapeNotes(reply);
      return said.length === 0 ? card : { ...card, body: [...said.map((n) => text(n, { color: 'Warning', weight: 'Bolder' })), ...card.body] };
    }
    case 'clarify': return clarifyCard(clarifyView(reply));
    case 'no_data': return noDataCard(noDataView(reply));
    case 'unknown': return unknownCard(unknownView(reply));
  }
}

/** What the reply could not do of what was asked (per head of a percentage, the drivers of a district), said first. */
function shapeNotes(reply: Extract<Reply, { kind: 'answer' }>): string[] {
  const first = reply.results[0];
  if (!first) return [];
  return [
    ...(reply.perHeadUnavailable ? [SHAPE_STRINGS.perHeadNone(first.metric.name)] : []),
    ...(reply.driversUnavailable ? [first.area.level === 'district' ? SHAPE_STRINGS.driversDistrict(first.area.name) : SHAPE_STRINGS.driversNone(first.metric.name)] : []),
  ];
}

function answerCardFor(reply: Extract<Reply, { kind: 'answer' }>): AdaptiveCard {
  if (reply.drivers) return driversCard(driversCardView(reply));
  if (reply.ranking) return rankingCard(rankingCardView(reply));
  const perHead = reply.query.perHead && reply.results.length === 1 ? perHeadCardView(reply) : undefined;
  if (perHead) return perHeadCard(perHead);
  const [only, ...others] = reply.results;
  if (only && others.length === 0) return answerCard(answerView(reply, only));
  return multiAreaCard(multiAreaView(reply));
}
