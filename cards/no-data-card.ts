import type { Reply } from '../src/answers/reply-types';
import { renderText } from '../src/answers/render-text';
import { addMonths, makeMonth, monthLabel } from '../src/domain/month';
import { monthWindow, rolling12Window, windowEndingAt, windowLength, type Window } from '../src/domain/window';
import { STRINGS } from '../src/strings';
import type { AdaptiveCard } from './adaptive-card-types';
import { promptCard } from './prompt-card';
import { periodOf } from '../src/answers/query-change';
import type { ButtonView, PromptView } from './view-models';

export type NoDataReply = Extract<Reply, { readonly kind: 'no_data' }>;

/** The same question at a window the store holds. */
function showWindow(reply: NoDataReply, w: Window): ButtonView {
  return { title: STRINGS.buttons.latestMonth(monthLabel(w.to)), data: atWindow(reply, w) };
}

/** The reading the reply was about, at a window the store holds: structured, never a sentence read again. */
function atWindow(reply: NoDataReply, w: Window): ButtonView['data'] {
  return { perfbot: 'query', query: reply.query, change: { kind: 'window', period: periodOf(w), monthOnly: w.kind === 'month' && reply.metric.window !== 'month' } };
}

/** What to offer instead: the latest (or first) month held, the level the metric has, or help. */
function offers(reply: NoDataReply): ButtonView[] {
  const w = reply.window;
  switch (reply.reason) {
    case 'after_data':
      return w && reply.latest ? [showWindow(reply, windowEndingAt(w, reply.latest))] : [];
    case 'before_data':
      return w && reply.earliest ? [showWindow(reply, windowEndingAt(w, addMonths(reply.earliest, windowLength(w) - 1)))] : [];
    case 'level': {
      const alt = reply.alternative;
      return alt ? [{ title: alt.label, data: { perfbot: 'choose', metric: alt.metric.id, area: alt.area.id, label: alt.label } }] : [];
    }
    case 'grain':
      return reply.latest ? [showWindow(reply, reply.metric.window === 'rolling12' ? rolling12Window(reply.latest) : monthWindow(reply.latest))] : [];
    case 'fy_not_started': {
      const start = Number((reply.detail ?? '').slice(0, 4)) - 1;
      const fy: Window = { kind: 'fy', from: makeMonth(start, 4), to: makeMonth(start + 1, 3) };
      return Number.isFinite(start) ? [{ title: reply.alternative?.label ?? '', data: atWindow(reply, fy) }] : [];
    }
    case 'gap':
    case 'no_series':
      return [{ title: STRINGS.buttons.help, data: { perfbot: 'help' } }];
  }
}

export function noDataView(reply: NoDataReply): PromptView {
  return { title: STRINGS.cards.noDataTitle, text: renderText(reply), buttons: offers(reply), fallbackText: renderText(reply) };
}

export function noDataCard(view: PromptView): AdaptiveCard {
  return promptCard(view);
}
