import { monthLabel } from '../src/domain/month';
import type { Headline } from '../src/insights/headline-types';
import { DIGEST_STRINGS } from '../src/insights/digest-strings';
import type { MonthlyDigest, StrategicParagraph } from '../src/insights/strategic/strategic-types';
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

function question(metric: string, area: string, month: string, names: DigestNames): string {
  return `${names.metricName(metric)} ${area === 'force' ? '' : `${names.areaName(area)} `}${monthLabel(month)}`.trim();
}

function line(h: Headline, names: DigestNames): CardElement {
  return columns([
    column('auto', [text(arrow(h), { color: toneColour(h.good), weight: 'Bolder' })]),
    column('stretch', [text(h.text, { color: h.good === 'neutral' ? 'Default' : toneColour(h.good) })]),
    column('auto', [{ type: 'ActionSet', actions: [submit(STRINGS.digest.ask, { perfbot: 'ask', text: question(h.metric, h.area, h.month, names) })] }]),
  ], { spacing: 'Medium', separator: true });
}

/** A strategic measure: its name, its paragraph, and a button to the measure's full answer. */
function paragraph(p: StrategicParagraph, month: string, names: DigestNames): CardElement {
  return {
    type: 'Container',
    spacing: 'Medium',
    separator: true,
    items: [
      text(names.metricName(p.metric), { weight: 'Bolder' }),
      text(p.text, { spacing: 'Small' }),
      { type: 'ActionSet', actions: [submit(STRINGS.digest.fullAnswer, { perfbot: 'ask', text: question(p.metric, p.area, month, names) })] },
    ],
  };
}

function section(title: string): CardElement {
  return text(title, { size: 'Medium', weight: 'Bolder', spacing: 'Large' });
}

/** The digest as text: the fallback, and the pushed message's text. */
export function digestText(digest: MonthlyDigest, title?: string): string {
  if (digest.kind !== 'digest') return [title, digest.text].filter(Boolean).join('\n');
  const lines: string[] = title ? [title, ''] : [];
  if (digest.strategic.length > 0) lines.push(DIGEST_STRINGS.strategicTitle, ...digest.strategic.flatMap((p) => [p.text, '']));
  lines.push(DIGEST_STRINGS.headlinesTitle, ...digest.headlines.map((h, i) => `${i + 1}. ${h.text}`), ...(digest.quiet ? [digest.quiet] : []));
  return lines.join('\n');
}

/**
 * "January 2020 performance headlines", laid out as the force's paper: the strategic measures first,
 * each a paragraph with a button to its full answer; then the performance headlines, one line each,
 * coloured by polarity, each with a button that asks about it (or the quiet line).
 */
export function digestCard(digest: MonthlyDigest, names: DigestNames): AdaptiveCard {
  const title = STRINGS.digest.title(monthLabel(digest.month), digest.area ? names.areaName(digest.area) : undefined);
  const body: CardElement[] = [text(title, { size: 'Large', weight: 'Bolder' })];
  if (digest.kind !== 'digest') {
    body.push(text(digest.text));
    return adaptiveCard(body, [], digestText(digest, title));
  }
  if (digest.strategic.length > 0) {
    body.push(section(DIGEST_STRINGS.strategicTitle), ...digest.strategic.map((p) => paragraph(p, digest.month, names)));
  }
  body.push(section(DIGEST_STRINGS.headlinesTitle));
  body.push(...digest.headlines.map((h) => line(h, names)));
  if (digest.quiet) body.push(text(digest.quiet, { spacing: 'Medium' }));
  body.push(text(STRINGS.dataTo(monthLabel(digest.month)), { isSubtle: true, size: 'Small', spacing: 'Medium' }));
  return adaptiveCard(body, [], digestText(digest, title));
}
