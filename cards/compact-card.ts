import { formatValue, windowLabel } from '../src/answers/format';
import { renderText } from '../src/answers/render-text';
import { contributionText, formatPer1000, rankedFigure } from '../src/answers/render-shapes';
import { SHAPE_STRINGS } from '../src/answers/shape-strings';
import { monthLabel } from '../src/domain/month';
import { STRINGS } from '../src/strings';
import type { AdaptiveCard, CardElement } from './adaptive-card-types';
import type { AnswerReply } from './answer-buttons';
import { changeText } from './answer-card';
import { adaptiveCard } from './card-shell';
import { headlineChange } from './change-view';
import { rowLabel } from './multi-area-view';
import { column, columns, text, toneColour } from './elements';
import type { CompactView } from './view-models';

/** A ranking or what drove a change, in a meeting: the places in order, or the change and its largest parts. */
function shapedView(reply: AnswerReply): CompactView | undefined {
  const text = renderText(reply);
  const context = `${text.split('\n')[0] ?? ''} ${STRINGS.dataTo(monthLabel(reply.dataTo), reply.results[0]?.metric.source)}`;
  if (reply.ranking) {
    const by = reply.ranking.by;
    return { rows: reply.results.slice(0, reply.ranking.top ?? reply.results.length).map((r) => ({ label: `${r.rank ?? ''}. ${r.area.name}`, value: rankedFigure(r, by) })), context, fallbackText: text };
  }
  const d = reply.drivers;
  if (d) {
    const parts = [...d.byArea.slice(0, 3), ...d.byType.slice(0, 3)];
    return { rows: parts.map((c) => ({ label: c.name, value: contributionText(c, d.changeUnit) })), context, fallbackText: text };
  }
  const first = reply.results[0];
  if (reply.query.perHead && reply.results.length === 1 && first?.perHead) {
    return { rows: [{ value: SHAPE_STRINGS.perHeadAside(formatPer1000(first.perHead.per1000)) }], context, fallbackText: text };
  }
  return undefined;
}

/** For group chats and meetings: the number, the change and one line of context, no buttons. */
export function compactView(reply: AnswerReply): CompactView {
  const shaped = shapedView(reply);
  if (shaped) return shaped;
  const many = reply.results.length > 1;
  const first = reply.results[0];
  const place = first && !many ? `${first.area.name} · ` : '';
  const what = first ? `${first.metric.name} · ${place}${windowLabel(first.window)}` : '';
  return {
    rows: reply.results.map((r) => {
      const change = headlineChange(r, reply.asked);
      return {
        ...(many ? { label: rowLabel(reply, r) } : {}),
        value: r.value === null ? '–' : formatValue(r.metric.unit, r.value),
        ...(change ? { change } : {}),
      };
    }),
    context: `${what}. ${STRINGS.dataTo(monthLabel(reply.dataTo), reply.results[0]?.metric.source)}${reply.reading ? ` ${reply.reading.line}` : ''}`,
    fallbackText: renderText(reply),
  };
}

function row(r: CompactView['rows'][number], single: boolean): CardElement {
  const change = r.change
    ? [column('stretch', [
        text(changeText(r.change), { weight: 'Bolder', color: toneColour(r.change.tone), horizontalAlignment: single ? 'Left' : 'Right' }),
        ...(single ? [text(`${r.change.title} · ${r.change.detail}`, { size: 'Small', isSubtle: true, spacing: 'None' })] : []),
      ], { verticalContentAlignment: 'Center' })]
    : [];
  return columns([
    ...(r.label ? [column('stretch', [text(r.label)], { verticalContentAlignment: 'Center' })] : []),
    column('auto', [text(r.value, { size: single ? 'ExtraLarge' : 'Default', weight: 'Bolder', wrap: false })], { verticalContentAlignment: 'Center' }),
    ...change,
  ], { spacing: 'Small' });
}

export function compactCard(view: CompactView): AdaptiveCard {
  const single = view.rows.length === 1;
  const body: CardElement[] = [...view.rows.map((r) => row(r, single)), text(view.context, { size: 'Small', isSubtle: true, spacing: 'Small' })];
  return adaptiveCard(body, [], view.fallbackText);
}
