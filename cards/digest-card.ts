import { monthLabel } from '../src/domain/month';
import type { Digest, Headline } from '../src/insights/headline-types';
import { STRINGS } from '../src/strings';
import type { AdaptiveCard, CardElement } from './adaptive-card-types';
import { adaptiveCard } from './card-shell';
import { column, columns, submit, text, toneColour } from './elements';

/** What a headline's button asks: the metric and area at that month, in words the bot reads back. */
export interface DigestNames {
  metricName(id: string): string;
  areaName(id: string): string;
}

function arrow(h: Headline): string {
  const change = h.change ?? 0;
  if (change > 0) return STRINGS.cards.arrows.up;
  if (change < 0) return STRINGS.cards.arrows.down;
  return '•';
}

function line(h: Headline, names: DigestNames): CardElement {
  const question = `${names.metricName(h.metric)} ${h.area === 'force' ? '' : `${names.areaName(h.area)} `}${monthLabel(h.month)}`;
  return columns([
    column('auto', [text(arrow(h), { color: toneColour(h.good), weight: 'Bolder' })]),
    column('stretch', [text(h.text, { color: h.good === 'neutral' ? 'Default' : toneColour(h.good) })]),
    column('auto', [{ type: 'ActionSet', actions: [submit(STRINGS.digest.ask, { perfbot: 'ask', text: question.trim() })] }]),
  ], { spacing: 'Medium', separator: true });
}

/** "January 2020 performance headlines": one line per headline, coloured by polarity, each with a button that asks about it. */
export function digestCard(digest: Digest, names: DigestNames): AdaptiveCard {
  const title = STRINGS.digest.title(monthLabel(digest.month), digest.area ? names.areaName(digest.area) : undefined);
  const body: CardElement[] = [text(title, { size: 'Medium', weight: 'Bolder' })];
  if (digest.kind !== 'headlines') {
    body.push(text(digest.text));
    return adaptiveCard(body, [], `${title}\n${digest.text}`);
  }
  body.push(...digest.headlines.map((h) => line(h, names)));
  body.push(text(STRINGS.dataTo(monthLabel(digest.month)), { isSubtle: true, size: 'Small', spacing: 'Medium' }));
  return adaptiveCard(body, [], [title, ...digest.headlines.map((h, i) => `${i + 1}. ${h.text}`)].join('\n'));
}
