import type { TurnContext } from 'botbuilder';
import type { Request, Response } from 'restify';
import { activityProblems } from './activity-check';
import type { PerfbotAdapter } from './perfbot-adapter';
import type { Logger } from './perfbot-bot';
import { readJsonBody } from './read-body';
import { serveActivity } from './serve-activity';
import { serialiseBody } from './json-body';
import { knownCardJson } from '../../cards/card-shell';

export interface MessagesRouteOptions {
  readonly adapter: PerfbotAdapter;
  readonly logic: (context: TurnContext) => Promise<void>;
  readonly maxBodyBytes: number;
  readonly timeoutMs: number;
  readonly log: Logger;
  readonly noActivity: (problems: readonly string[]) => string;
}

function reply(res: Response, status: number, body: unknown, close = false): void {
  if (res.headersSent) return;
  // A body refused before it was all read is not read further: the connection closes after the answer.
  if (close) res.setHeader('connection', 'close');
  if (body === undefined) {
    res.status(status);
    res.end();
  } else if (typeof body === 'object' && body !== null && !Buffer.isBuffer(body)) {
    // What restify's JSON formatter sends, with each card's JSON as written when the card was made.
    const json = serialiseBody(body, knownCardJson);
    res.sendRaw(status, json, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(json)) });
  } else {
    res.send(status, body);
  }
}

/**
 * POST /api/messages: the body read here (JSON, bounded, never to disk), checked for the fields a
 * turn needs, then authenticated and run. No anonymous request reaches the turn, and none can
 * crash the process: every outcome is an answer.
 */
export function messagesRoute(options: MessagesRouteOptions): (req: Request, res: Response) => Promise<void> {
  const { log } = options;
  return async (req, res) => {
    const read = await readJsonBody(req, options.maxBodyBytes);
    if (read.kind === 'refused') {
      log.warn({ status: read.status, reason: read.reason, remote: req.socket?.remoteAddress }, 'request refused');
      reply(res, read.status, { error: read.reason }, true);
      return;
    }
    const problems = activityProblems(read.body);
    if (problems.length > 0) {
      reply(res, 400, { error: options.noActivity(problems) });
      return;
    }
    const header = req.headers.authorization;
    const served = await serveActivity(options.adapter, read.body as Record<string, unknown>, typeof header === 'string' ? header : '', options.logic, { timeoutMs: options.timeoutMs, log, ...(req.socket?.remoteAddress ? { remote: req.socket.remoteAddress } : {}) });
    reply(res, served.status, served.body);
  };
}
