import { createReadStream } from 'node:fs';
import { readJsonBody } from '../read-body';
import type { AddressInfo } from 'node:net';
import type { Activity, CloudAdapter, TurnContext } from 'botbuilder';
import type * as restify from 'restify';
import { BUNDLE_PATH, chatPageHtml, chatScript, CONTENT_SECURITY_POLICY, SCRIPT_PATH, webChatBundlePath } from './chat-page';
import { LOCAL_CHAT_STRINGS as S } from './local-chat-strings';
export { LOCAL_CHAT_STRINGS } from './local-chat-strings';
import { Transcripts, type LocalConversation } from './transcripts';

/**
 * The local chat (local mode only): GET / serves Microsoft's Web Chat from the installed package,
 * and a small Direct Line 3.0 service (/v3/directline/…, polling) hands the user's activities to the
 * same adapter and bot as /api/messages. The bot's replies go where every reply goes, the
 * activity's serviceUrl: here that is this server's own small Bot Connector (/v3/conversations/…),
 * which keeps them in the conversation for the page to fetch. Cards, buttons (Action.Submit) and
 * follow-ups work as they do anywhere, because the bot cannot tell the difference.
 */

export const BOT_ACCOUNT = Object.freeze({ id: 'perfbot', name: S.botName, role: 'bot' });
const TOKEN_SECONDS = 3600;

export interface LocalChatOptions {
  readonly adapter: CloudAdapter;
  readonly logic: (context: TurnContext) => Promise<void>;
  readonly log: { warn(obj: object, msg?: string): void; error(obj: object, msg?: string): void };
}

type Handler = (req: restify.Request, res: restify.Response) => Promise<void>;

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function fail(res: restify.Response, status: number, code: string, message: string): void {
  res.send(status, { error: { code, message } });
}

/** What a Direct Line body may be: the same limit as /api/messages. */
const MAX_BODY_BYTES = 256 * 1024;

/**
 * The handler with the request's JSON body read first (the server has no body parser: bodies are
 * read in memory, bounded, by `readJsonBody`); a request with no body has none.
 */
function withBody(handler: Handler): Handler {
  return async (req, res) => {
    const length = req.headers['content-length'];
    const empty = (length === undefined || length === '0') && req.headers['transfer-encoding'] === undefined;
    if (!empty) {
      const read = await readJsonBody(req, MAX_BODY_BYTES);
      if (read.kind === 'refused') return fail(res, read.status, 'BadArgument', read.reason);
      (req as restify.Request & { body: unknown }).body = read.body;
    }
    return handler(req, res);
  };
}

function bearer(req: restify.Request): string | undefined {
  const m = /^Bearer\s+(\S+)$/i.exec(req.header('authorization') ?? '');
  return m?.[1];
}

/** The address the bot's replies go to: this server, over loopback. */
function serviceUrlOf(server: restify.Server): string {
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' && address.address === '::1' ? '[::1]' : '127.0.0.1';
  return `http://${host}:${address.port}/`;
}

const str = (v: unknown, max: number): string | undefined => (typeof v === 'string' && v.length <= max ? v : undefined);

/** Registers the page, Direct Line and the loopback Bot Connector on `server`. */
export function registerLocalChat(server: restify.Server, options: LocalChatOptions): void {
  const transcripts = new Transcripts();

  const send = (activity: Partial<Activity>): Promise<void> =>
    options.adapter.processActivityDirect('', activity as Activity, options.logic);

  /** The conversation the request's token opens, answering 403/404 when there is none. */
  const opened = (req: restify.Request, res: restify.Response): LocalConversation | undefined => {
    const conversation = transcripts.get(String(req.params.conversationId ?? ''));
    if (!conversation) {
      fail(res, 404, 'BadArgument', S.noConversation);
      return undefined;
    }
    if (bearer(req) !== conversation.token) {
      fail(res, 403, 'TokenInvalid', S.badToken);
      return undefined;
    }
    return conversation;
  };

  const conversationBody = (c: LocalConversation) => ({ conversationId: c.id, token: c.token, expires_in: TOKEN_SECONDS, userId: c.userId });

  const page: Handler = async (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CONTENT_SECURITY_POLICY, 'cache-control': 'no-store' });
    res.end(chatPageHtml());
  };
  const script: Handler = async (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
    res.end(chatScript());
  };
  const bundle: Handler = async (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=3600' });
    await new Promise<void>((resolve) => createReadStream(webChatBundlePath()).on('error', () => { res.end(); resolve(); }).on('end', resolve).pipe(res));
  };

  const generate: Handler = async (_req, res) => {
    res.send(200, conversationBody(transcripts.create()));
  };
  const refresh: Handler = async (req, res) => {
    const conversation = transcripts.byToken(bearer(req) ?? '');
    if (!conversation) return fail(res, 403, 'TokenInvalid', S.badToken);
    res.send(200, conversationBody(conversation));
  };
  /** Starts (or resumes) a conversation; the first time, the bot is told the user and the bot joined. */
  const start: Handler = async (req, res) => {
    const token = bearer(req);
    const conversation = token === undefined ? transcripts.create() : transcripts.byToken(token);
    if (!conversation) return fail(res, 403, 'TokenInvalid', S.badToken);
    const created = !conversation.started;
    if (created) {
      conversation.started = true;
      try {
        await send({
          type: 'conversationUpdate',
          channelId: 'webchat',
          serviceUrl: serviceUrlOf(server),
          conversation: { id: conversation.id, isGroup: false, conversationType: 'personal', name: '' },
          from: { id: conversation.userId, name: S.userName, role: 'user' },
          recipient: BOT_ACCOUNT,
          membersAdded: [BOT_ACCOUNT, { id: conversation.userId, name: S.userName }],
          timestamp: new Date(),
        });
      } catch (err) {
        options.log.warn({ err: { message: (err as Error).message } }, 'local chat: the welcome failed');
      }
    }
    res.send(created ? 201 : 200, conversationBody(conversation));
  };
  const resume: Handler = async (req, res) => {
    const conversation = opened(req, res);
    if (conversation) res.send(200, conversationBody(conversation));
  };
  /** The user's activity: kept (the client sees its own message come back, as Direct Line does), then given to the bot. */
  const post: Handler = async (req, res) => {
    const conversation = opened(req, res);
    if (!conversation) return;
    const body = req.body as Record<string, unknown> | undefined;
    const type = str(body?.type, 64);
    if (!body || typeof body !== 'object' || type === undefined) return fail(res, 400, 'BadArgument', S.badActivity);
    const from = body.from as Record<string, unknown> | undefined;
    const activity: Partial<Activity> = {
      type,
      channelId: 'webchat',
      serviceUrl: serviceUrlOf(server),
      conversation: { id: conversation.id, isGroup: false, conversationType: 'personal', name: '' },
      from: { id: str(from?.id, 128) ?? conversation.userId, name: str(from?.name, 128) ?? S.userName, role: 'user' },
      recipient: BOT_ACCOUNT,
      locale: str(body.locale, 32) ?? 'en-GB',
      ...(typeof body.text === 'string' ? { text: body.text } : {}),
      ...(body.value !== undefined ? { value: body.value } : {}),
      ...(typeof body.name === 'string' ? { name: body.name } : {}),
      ...(body.channelData !== undefined && typeof body.channelData === 'object' ? { channelData: body.channelData } : {}),
      textFormat: 'plain',
    };
    const id = transcripts.append(conversation, activity);
    // Answered once the bot has had it (as Direct Line does), so its replies are there to fetch.
    if (type === 'message') {
      try {
        await send({ ...activity, id, timestamp: new Date() });
      } catch (err) {
        options.log.error({ err: { message: (err as Error).message } }, `local chat: ${S.turnFailed}`);
        return fail(res, 502, 'BotError', S.turnFailed);
      }
    }
    res.send(200, { id });
  };
  const poll: Handler = async (req, res) => {
    const conversation = opened(req, res);
    if (!conversation) return;
    // The server has no query parser: the watermark is read from the address itself.
    const watermark = Number.parseInt(new URL(req.url ?? '', 'http://local').searchParams.get('watermark') ?? '0', 10);
    res.send(200, transcripts.since(conversation, Number.isFinite(watermark) && watermark > 0 ? watermark : 0));
  };

  /** The loopback Bot Connector: the bot's replies and updates, from this machine only. */
  const reply: Handler = async (req, res) => {
    if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) return fail(res, 403, 'Forbidden', S.notLoopback);
    const conversation = transcripts.get(String(req.params.conversationId ?? ''));
    if (!conversation) return fail(res, 404, 'BadArgument', S.noConversation);
    const body = (req.body ?? {}) as Partial<Activity>;
    if (typeof body.type !== 'string') return fail(res, 400, 'BadArgument', S.badActivity);
    const id = transcripts.append(conversation, { ...body, from: { ...BOT_ACCOUNT, ...(body.from ?? {}), role: 'bot' }, timestamp: undefined });
    res.send(200, { id });
  };

  server.get('/', page);
  server.get('/favicon.ico', async (_req: restify.Request, res: restify.Response) => void res.send(204));
  server.get(SCRIPT_PATH, script);
  server.get(BUNDLE_PATH, bundle);
  server.post('/v3/directline/tokens/generate', withBody(generate));
  server.post('/v3/directline/tokens/refresh', withBody(refresh));
  server.post('/v3/directline/conversations', withBody(start));
  server.get('/v3/directline/conversations/:conversationId', resume);
  server.post('/v3/directline/conversations/:conversationId/activities', withBody(post));
  server.get('/v3/directline/conversations/:conversationId/activities', poll);
  server.post('/v3/conversations/:conversationId/activities', withBody(reply));
  server.post('/v3/conversations/:conversationId/activities/:activityId', withBody(reply));
  server.put('/v3/conversations/:conversationId/activities/:activityId', withBody(reply));
}
