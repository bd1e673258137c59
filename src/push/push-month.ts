import type { ConversationReference } from 'botbuilder';
import type { DeliveryLog, PushLock, Subscription, SubscriptionStore } from '../state/state-types';

/** What a push needs of the state: subscriptions, deliveries, and the month's lock. */
export type PushState = SubscriptionStore & DeliveryLog & PushLock;

/** A failed send, with what the channel said: the HTTP status and how long it asked us to wait. */
export class SendError extends Error {
  /** `inDoubt`: the request went out and no answer came (a timeout): it may have arrived, so it is never resent. */
  constructor(message: string, readonly status?: number, readonly retryAfterMs?: number, readonly inDoubt = false) {
    super(message);
  }
}

export interface DigestMessage {
  readonly card: Readonly<Record<string, unknown>>;
  readonly text: string;
}

export interface PushSender {
  /**
   * Gets what a send needs before the delivery is claimed (the app's token): a token endpoint that
   * fails or hangs then leaves the conversation unclaimed, to be sent by the next push.
   */
  prepare?(reference: Partial<ConversationReference>): Promise<void>;
  send(reference: Partial<ConversationReference>, message: DigestMessage): Promise<void>;
}

/** The push was stopped (SIGTERM, shutdown) before it finished: what is left is sent by the next push. */
export class PushStoppedError extends Error {}

export interface PushOptions {
  readonly month: string;
  /** Overall pace (Teams allows about 50 messages a second per bot). */
  readonly perSecond?: number;
  readonly maxAttempts?: number;
  readonly baseDelayMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly now?: () => number;
  /** Stops after this many sends (tests: a crash half-way). */
  readonly stopAfter?: number;
  /** Called once this process holds the month's push lock. */
  readonly onLocked?: () => void;
  /** Stops the push: no new delivery is claimed; one being sent is finished and recorded. */
  readonly signal?: AbortSignal;
}

export interface PushReport {
  readonly month: string;
  readonly subscriptions: number;
  readonly sent: number;
  readonly alreadySent: number;
  readonly failed: number;
  readonly gone: number;
  /** Cut off mid-send by a pusher that stopped: not sent again, so never twice. */
  readonly inDoubt: number;
  readonly attempts: number;
  readonly elapsedMs: number;
  /** Stopped before every subscription was tried (the next push finishes them). */
  readonly stopped: boolean;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** `work`, or a PushStoppedError as soon as the signal fires (the work is left to its own timeouts). */
function unlessStopped<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) return Promise.reject(new PushStoppedError('the push was stopped'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new PushStoppedError('the push was stopped'));
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (v) => { signal.removeEventListener('abort', onAbort); resolve(v); },
      (e: unknown) => { signal.removeEventListener('abort', onAbort); reject(e instanceof Error ? e : new Error(String(e))); },
    );
  });
}

/** Retry 429 (too many requests) and 5xx; a 403 means the bot was removed; anything else fails at once. */
function retryable(err: unknown): boolean {
  const status = err instanceof SendError ? err.status : undefined;
  return status === undefined || status === 429 || status >= 500;
}

/**
 * Sends one month's headlines while holding the month's push lock (one pusher at a time across
 * every instance; another waits, then finishes whatever is left).
 */
export function pushMonth(store: PushState, messageFor: (s: Subscription) => DigestMessage, sender: PushSender, options: PushOptions): Promise<PushReport> {
  return store.withPushLock(options.month, () => {
    if (options.signal?.aborted) return Promise.resolve(emptyReport(options.month));
    options.onLocked?.();
    return pushUnlocked(store, messageFor, sender, options);
  });
}

function emptyReport(month: string): PushReport {
  return { month, subscriptions: 0, sent: 0, alreadySent: 0, failed: 0, gone: 0, inDoubt: 0, attempts: 0, elapsedMs: 0, stopped: true };
}

/**
 * Sends one month's headlines to every active subscription that has not had them, paced, retrying
 * 429s and 5xx with exponential backoff (honouring Retry-After), marking a 403 as gone, and recording
 * every delivery so that a re-run sends nothing twice and finishes the rest.
 */
async function pushUnlocked(store: PushState, messageFor: (s: Subscription) => DigestMessage, sender: PushSender, options: PushOptions): Promise<PushReport> {
  const sleep = options.sleep ?? realSleep;
  const now = options.now ?? (() => performance.now());
  const gap = 1000 / (options.perSecond ?? 50);
  const maxAttempts = options.maxAttempts ?? 5;
  const base = options.baseDelayMs ?? 500;
  const started = now();
  let nextSlot = started;
  const subs = await store.activeSubscriptions();
  let sent = 0;
  let alreadySent = 0;
  let failed = 0;
  let gone = 0;
  let inDoubt = 0;
  let attemptsTotal = 0;
  let stopped = false;
  const signal = options.signal;
  subscriptions: for (const sub of subs) {
    if (options.stopAfter !== undefined && sent >= options.stopAfter) break;
    if (signal?.aborted) {
      stopped = true;
      break;
    }
    const previous = await store.delivery(sub.conversationId, options.month);
    if (previous?.status === 'sent') {
      alreadySent++;
      continue;
    }
    if (previous?.status === 'sending' || previous?.status === 'in_doubt') {
      // A pusher stopped between sending and hearing back: it may have arrived, so never resend.
      if (previous.status === 'sending') await store.recordDelivery(sub.conversationId, options.month, 'in_doubt', previous.attempts, previous.lastError);
      inDoubt++;
      continue;
    }
    const message = messageFor(sub);
    let attempts = previous?.attempts ?? 0;
    for (;;) {
      const wait = nextSlot - now();
      try {
        if (wait > 0) await unlessStopped(sleep(wait), signal);
        // The token first: a token endpoint that fails or hangs leaves the delivery unclaimed.
        if (sender.prepare) await unlessStopped(sender.prepare(sub.reference), signal);
      } catch (err) {
        if (err instanceof PushStoppedError) {
          stopped = true;
          break subscriptions;
        }
        // Nothing claimed, so nothing can have been sent; every other send needs the same token.
        throw new Error(`could not get the bot's token before sending (${(err as Error).message.slice(0, 200)}); nothing was claimed: run the push again`);
      }
      nextSlot = Math.max(now(), nextSlot) + gap;
      attempts++;
      attemptsTotal++;
      await store.recordDelivery(sub.conversationId, options.month, 'sending', attempts, previous?.lastError ?? null);
      try {
        await sender.send(sub.reference, message);
        await store.recordDelivery(sub.conversationId, options.month, 'sent', attempts, null);
        sent++;
        break;
      } catch (err) {
        const status = err instanceof SendError ? err.status : undefined;
        const why = `${status ?? 'error'}: ${(err as Error).message}`.slice(0, 300);
        if (err instanceof SendError && err.inDoubt) {
          await store.recordDelivery(sub.conversationId, options.month, 'in_doubt', attempts, why);
          inDoubt++;
          break;
        }
        if (status === 403 || status === 404) {
          await store.recordDelivery(sub.conversationId, options.month, 'gone', attempts, why);
          await store.markGone(sub.conversationId);
          gone++;
          break;
        }
        if (!retryable(err) || attempts >= maxAttempts) {
          await store.recordDelivery(sub.conversationId, options.month, 'failed', attempts, why);
          failed++;
          break;
        }
        await store.recordDelivery(sub.conversationId, options.month, 'retrying', attempts, why);
        const backoff = err instanceof SendError && err.retryAfterMs !== undefined ? err.retryAfterMs : base * 2 ** (attempts - 1);
        try {
          await unlessStopped(sleep(backoff), signal);
        } catch {
          stopped = true;
          break subscriptions;
        }
      }
    }
  }
  return { month: options.month, subscriptions: subs.length, sent, alreadySent, failed, gone, inDoubt, attempts: attemptsTotal, elapsedMs: Math.round(now() - started), stopped };
}
