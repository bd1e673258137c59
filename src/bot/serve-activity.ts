import type { Activity, TurnContext } from 'botbuilder';
import type { Logger } from './perfbot-bot';
import type { PerfbotAdapter } from './perfbot-adapter';
import { OutboundTimeoutError, withDeadline } from './outbound-timeouts';
import { tokenShapeProblem } from './token-shape';

/** What to answer the HTTP request with. */
export interface Served {
  readonly status: number;
  readonly body?: unknown;
}

export const SERVE_REASONS = Object.freeze({
  unauthorized: 'not authenticated',
  unavailable: 'the sender could not be checked just now; try again',
  internal: 'internal error',
});

class MalformedTokenError extends Error {}

/** Why a request was not authenticated, in a word, for the log (never the library's message to the caller). */
function authFailure(err: unknown): string {
  if (err instanceof OutboundTimeoutError) return 'key or token endpoint did not answer in time';
  const name = err instanceof Error ? err.constructor.name : typeof err;
  const message = err instanceof Error ? err.message : String(err);
  return `${name}: ${message}`.replace(/\s+/g, ' ').slice(0, 200);
}

/** The ISO strings of an activity's times as Dates, as the adapter's own reader does. */
function fixTimes(body: Record<string, unknown>): Activity {
  for (const [field, raw] of [['timestamp', 'rawTimestamp'], ['localTimestamp', 'rawLocalTimestamp'], ['expiration', 'rawExpiration']] as const) {
    const value = body[field];
    if (typeof value === 'string') {
      body[raw] = value;
      body[field] = new Date(value);
    }
  }
  return body as unknown as Activity;
}

/**
 * Authenticates an activity (within `timeoutMs`), then runs its turn. Every authentication failure
 * is a 401 with a plain body, a key endpoint that does not answer in time a 503, each with one log
 * line; a turn that throws is a 500 that says nothing of why.
 */
export async function serveActivity(adapter: PerfbotAdapter, body: Record<string, unknown>, authHeader: string, logic: (context: TurnContext) => Promise<void>, options: { readonly timeoutMs: number; readonly log: Logger; readonly remote?: string }): Promise<Served> {
  const activity = fixTimes(body);
  let authenticated;
  try {
    const malformed = authHeader === '' ? undefined : tokenShapeProblem(authHeader, Math.floor(Date.now() / 1000));
    if (malformed) throw new MalformedTokenError(malformed);
    authenticated = await withDeadline(adapter.authenticate(activity, authHeader), options.timeoutMs, 'authentication');
  } catch (err) {
    const timedOut = err instanceof OutboundTimeoutError;
    const status = timedOut ? 503 : 401;
    options.log.warn({ status, reason: authFailure(err), remote: options.remote, channel: activity.channelId, hasToken: authHeader !== '' }, timedOut ? 'request refused: the sender could not be checked in time' : 'request refused: not authenticated');
    return { status, body: { error: timedOut ? SERVE_REASONS.unavailable : SERVE_REASONS.unauthorized } };
  }
  try {
    const invoke = await adapter.processAuthenticated(authenticated, activity, logic);
    return invoke ? { status: invoke.status, body: invoke.body } : { status: 200 };
  } catch (err) {
    options.log.error({ err: { message: err instanceof Error ? err.message : String(err) } }, 'could not process an activity');
    return { status: 500, body: { error: SERVE_REASONS.internal } };
  }
}
