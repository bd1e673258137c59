import { digestCard } from '../../cards/digest-card';
import type { Brain } from '../answers/ask';
import { buildDigest } from '../insights/digest';
import type { Digest } from '../insights/headline-types';
import type { Subscription } from '../state/state-types';
import type { DigestMessage } from './push-month';

function digestText(digest: Digest): string {
  return digest.kind === 'headlines' ? digest.headlines.map((h, i) => `${i + 1}. ${h.text}`).join('\n') : digest.text;
}

/** The digest card for a subscription's area, built once per area and month. */
export function digestMessages(brain: Brain, month: string): (s: Subscription) => DigestMessage {
  const cache = new Map<string, DigestMessage>();
  const names = {
    metricName: (id: string) => brain.catalogue.metric(id)?.name ?? id,
    areaName: (id: string) => brain.catalogue.area(id)?.name ?? id,
  };
  return (s) => {
    const area = s.area || 'force';
    let message = cache.get(area);
    if (!message) {
      const digest = buildDigest(brain.index, brain.catalogue, month, area === 'force' ? {} : { area });
      message = { card: digestCard(digest, names), text: digestText(digest) };
      cache.set(area, message);
    }
    return message;
  };
}
