import type { MessagingExtensionAttachment } from 'botbuilder';
import { replyToCard } from '../../cards/reply-card';
import { comparisonPhrase } from '../answers/comparison-phrases';
import { formatValue, windowLabel } from '../answers/format';
import { comparisonsToName, renderText } from '../answers/render-text';
import { perHeadText } from '../answers/render-shapes';
import type { AnswerResult, Reply } from '../answers/reply-types';
import { STRINGS } from '../strings';

const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';
const THUMBNAIL = 'application/vnd.microsoft.card.thumbnail';

/** A compact preview for the result list: a ThumbnailCard. */
export interface Preview {
  readonly title: string;
  readonly subtitle?: string;
  readonly text: string;
}

/** One search result: the full Adaptive Card to insert, and its preview. */
export function attachment(card: Readonly<Record<string, unknown>>, preview: Preview): MessagingExtensionAttachment {
  return {
    contentType: ADAPTIVE,
    content: card,
    preview: { contentType: THUMBNAIL, content: { title: preview.title, ...(preview.subtitle ? { subtitle: preview.subtitle } : {}), text: preview.text } },
  };
}

/** "10.5%, up 0.4ppt on the 12 months to January 2019": the figure and its first change. */
export function valueAndChange(r: AnswerResult, reply: Extract<Reply, { kind: 'answer' }>): string {
  if (r.value === null) return STRINGS.cards.medianNote;
  const kind = comparisonsToName(r, reply.asked).find((k) => r.comparisons.some((c) => c.kind === k));
  const c = r.comparisons.find((x) => x.kind === kind);
  return STRINGS.messageExtension.valueAndChange(formatValue(r.metric.unit, r.value), c ? comparisonPhrase(c, r.window) : undefined);
}

/**
 * The results of a reply: one per figure of an answer (each with its own card), one for no data,
 * and one plain result for anything else. `title` replaces the preview's title (example questions).
 */
export function replyResults(reply: Reply, title?: string): MessagingExtensionAttachment[] {
  switch (reply.kind) {
    case 'answer':
      // A ranking and what drove a change are one result: the whole card, its first line as the preview.
      if (reply.ranking || reply.drivers) {
        const first = reply.results[0];
        return [attachment(replyToCard(reply), { title: title ?? STRINGS.messageExtension.preview(first?.metric.name ?? '', first?.area.name ?? ''), ...(first ? { subtitle: windowLabel(first.window) } : {}), text: renderText(reply).split('\n')[0] ?? '' })];
      }
      return reply.results.map((r) => attachment(replyToCard({ ...reply, results: [r] }), {
        title: title ?? STRINGS.messageExtension.preview(r.metric.name, r.area.name),
        subtitle: windowLabel(r.window),
        text: reply.query.perHead && r.perHead ? perHeadText(r) ?? valueAndChange(r, reply) : valueAndChange(r, reply),
      }));
    case 'no_data':
      return [attachment(replyToCard(reply), { title: title ?? STRINGS.messageExtension.preview(reply.metric.name, reply.area.name), text: renderText(reply) })];
    case 'clarify':
    case 'unknown':
      return [attachment(replyToCard(reply), { title: title ?? reply.question, text: renderText(reply) })];
  }
}
