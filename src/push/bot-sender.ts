import { CardFactory, MessageFactory, type CloudAdapter, type ConversationReference } from 'botbuilder';
import { PerfbotAdapter } from '../bot/perfbot-adapter';
import { SendError, type DigestMessage, type PushSender } from './push-month';

interface HttpishError {
  readonly statusCode?: number;
  readonly response?: { readonly headers?: { get?(name: string): string | undefined } | Record<string, string> };
}

function retryAfterMs(err: HttpishError): number | undefined {
  const headers = err.response?.headers;
  const raw = headers && typeof (headers as { get?: unknown }).get === 'function' ? (headers as { get(name: string): string | undefined }).get('retry-after') : (headers as Record<string, string> | undefined)?.['retry-after'];
  if (raw === undefined) return undefined;
  const seconds = Number(raw);
  return Number.isFinite(seconds) ? Math.max(0, seconds * 1000) : undefined;
}

/** Sends a proactive message through the Bot Framework (continueConversationAsync). */
export class BotSender implements PushSender {
  constructor(private readonly adapter: CloudAdapter, private readonly appId: string) {}

  /** The app's token (cached by botbuilder until it expires), fetched before a delivery is claimed. */
  async prepare(reference: Partial<ConversationReference>): Promise<void> {
    if (this.adapter instanceof PerfbotAdapter && reference.serviceUrl) await this.adapter.obtainToken(this.appId, reference.serviceUrl);
  }

  async send(reference: Partial<ConversationReference>, message: DigestMessage): Promise<void> {
    try {
      await this.adapter.continueConversationAsync(this.appId, reference, async (context) => {
        const activity = MessageFactory.attachment(CardFactory.adaptiveCard(message.card));
        activity.summary = message.text.slice(0, 500);
        await context.sendActivity(activity);
      });
    } catch (err) {
      const e = err as HttpishError & Error;
      // Cut off by the outbound timeout after the request went out: it may have arrived.
      const timedOut = e.statusCode === undefined && /no answer within/.test(e.message);
      throw new SendError(e.message, e.statusCode, retryAfterMs(e), timedOut);
    }
  }
}
