import type { Reply } from '../answers/reply-types';
import type { AuditEntry } from './audit-log';

/** The readings a reply shows or offers (metric, area and window), as the audit log records them. */
export function readingsOf(reply: Reply): AuditEntry['readings'] {
  switch (reply.kind) {
    case 'answer': return reply.results.map((r) => ({ metric: r.metric.id, area: r.area.id, from: r.window.from, to: r.window.to }));
    case 'no_data': return [{ metric: reply.metric.id, area: reply.area.id }];
    case 'clarify': return reply.options.map((o) => ({ metric: o.metric.id, area: o.area.id }));
    case 'unknown': return [];
  }
}
