import http from 'node:http';
import https from 'node:https';
import type { Duplex } from 'node:stream';

/**
 * Every call the bot makes to Microsoft (the signing keys, the app's token, the Bot Connector)
 * goes through agents whose sockets are closed after `ms` without a byte either way: a key or
 * token endpoint that hangs fails the call instead of holding a request (and a descriptor) open.
 */
export const DEFAULT_OUTBOUND_TIMEOUT_MS = 10_000;

function bound(socket: Duplex | null | undefined, ms: number): Duplex {
  if (!socket) throw new Error('the agent made no socket');
  // A net.Socket or tls.TLSSocket: both can time out.
  (socket as Duplex & { setTimeout(ms: number): void }).setTimeout(ms);
  // Not connected yet: nothing was sent (safe to try again); connected: the request may have arrived.
  socket.once('timeout', () => socket.destroy(new Error((socket as Duplex & { connecting?: boolean }).connecting ? `could not connect within ${ms} ms` : `no answer within ${ms} ms`)));
  return socket;
}

export class TimeoutHttpAgent extends http.Agent {
  constructor(readonly timeoutMs: number = DEFAULT_OUTBOUND_TIMEOUT_MS) {
    super({ keepAlive: true });
  }

  override createConnection(options: http.ClientRequestArgs, callback?: (err: Error | null, stream: Duplex) => void): Duplex {
    return bound(super.createConnection(options, callback), this.timeoutMs);
  }
}

export class TimeoutHttpsAgent extends https.Agent {
  constructor(readonly timeoutMs: number = DEFAULT_OUTBOUND_TIMEOUT_MS) {
    super({ keepAlive: true });
  }

  override createConnection(options: http.ClientRequestArgs, callback?: (err: Error | null, stream: Duplex) => void): Duplex {
    return bound(super.createConnection(options, callback), this.timeoutMs);
  }
}

export interface OutboundAgents {
  readonly http: http.Agent;
  readonly https: https.Agent;
}

/**
 * Makes bounded agents the process's global ones (botbuilder fetches the signing keys and MSAL the
 * app's token through them) and returns them for the Bot Connector client, which takes its own.
 * Called by the entry points (server, `perfbot push`); the longest timeout asked for wins.
 */
export function boundOutboundCalls(ms: number = DEFAULT_OUTBOUND_TIMEOUT_MS): OutboundAgents {
  const current = http.globalAgent;
  if (!(current instanceof TimeoutHttpAgent) || current.timeoutMs !== ms) {
    // Writable at run time (node >= 19) though typed read-only.
    (http as { globalAgent: http.Agent }).globalAgent = new TimeoutHttpAgent(ms);
    (https as { globalAgent: https.Agent }).globalAgent = new TimeoutHttpsAgent(ms);
  }
  return { http: http.globalAgent, https: https.globalAgent };
}

/** `work`, or a TimeoutError after `ms` (the work itself is cut off by the agents' socket timeouts). */
export class OutboundTimeoutError extends Error {}

export async function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new OutboundTimeoutError(`${what}: no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
