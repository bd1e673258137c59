import { digestCard, digestText } from '../../cards/digest-card';
import type { Brain } from '../answers/ask';
import { buildMonthlyDigest } from '../insights/monthly-digest';
import type { Subscription } from '../state/state-types';
import type { DigestMessage } from './push-month';

/** The digest card for a subscription's area (strategic measures, then headlines), built once per area and month. */
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
      const digest = buildMonthlyDigest(brain.index, brain.catalogue, month, area === 'force' ? {} : { area });
      message = { card: digestCard(digest, names), text: digestText(digest) };
      cache.set(area, message);
    }
    return message;
  };
}
