import type { Middleware, TurnContext } from 'botbuilder';
import { STRINGS } from '../strings';

/** The Teams tenant an activity comes from, where Teams says. */
export function tenantOf(context: TurnContext): string | undefined {
  const a = context.activity;
  const fromChannelData = (a.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  return a.conversation?.tenantId ?? (typeof fromChannelData === 'string' ? fromChannelData : undefined);
}

/** Refuses activities from tenants not on the list (ALLOWED_TENANTS); with no list, lets all through. */
export class TenantFilter implements Middleware {
  constructor(private readonly allowed: ReadonlySet<string>, private readonly onRefused: (tenant: string | undefined) => void) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    if (this.allowed.size === 0) return next();
    const tenant = tenantOf(context);
    if (tenant !== undefined && this.allowed.has(tenant.toLowerCase())) return next();
    this.onRefused(tenant);
    if (context.activity.type === 'message') await context.sendActivity(STRINGS.refusedTenant);
  }
}
