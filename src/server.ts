import pino from 'pino';
import * as path from 'node:path';
import * as restify from 'restify';
import type { TurnContext } from 'botbuilder';
import type { Brain } from './answers/ask';
import { ConfigError, loadEnv, readConfig, type Config } from './config';
import { FileAuditLog, StoreAuditLog, type AuditLog } from './bot/audit-log';
import { SharedStateStorage } from './bot/shared-state-storage';
import { messagesRoute } from './bot/messages-route';
import { InFlight } from './bot/in-flight';
import { DEFAULT_OUTBOUND_TIMEOUT_MS } from './bot/outbound-timeouts';
import type { CardRenderer } from './bot/card-renderer';
import { createBot, type BotOptions } from './bot/create-bot';
import { StateSubscriptionHandler } from './bot/subscription-handler';
import { describeTarget, metricsTarget, openStateStore } from './io/open-stores';
import { latestCompleteMonth } from './insights/latest-month';
import { BotSender } from './push/bot-sender';
import { digestMessages } from './push/digest-messages';
import { pushMonth } from './push/push-month';
import { schedulePush } from './push/scheduler';
import { londonDate } from './domain/london-date';
import { monthOfDate } from './domain/month';
import { cardRendererFor } from './bot/default-card-renderer';
import { checkFigures, figuresFingerprint, loadFigures, type BrainOptions } from './io/load-brain';
import { DATA_DIR } from './io/project-paths';
import { prepareSearchBox } from './bot/message-extension';
import { LOCAL_CHAT_STRINGS, registerLocalChat } from './bot/direct-line/local-chat';
import { localToday } from './bot/direct-line/local-today';

export const MAX_BODY_BYTES = 256 * 1024;
/** At shutdown, requests still running after this long are cut off; the process exits by the deadline. */
const SHUTDOWN_GRACE_MS = 5_000;
const SHUTDOWN_DEADLINE_MS = 10_000;

const SAY = Object.freeze({
  listening: (port: number, file: string, rows: number) => `perfbot listening on port ${port} (store ${file}, ${rows} rows)`,
  localMode: 'No MicrosoftAppId is set: running in LOCAL MODE with no authentication. Use this only on your own machine (the local chat page or the Bot Framework Emulator); set MicrosoftAppId and MicrosoftAppPassword to connect Teams.',
  failed: (message: string) => `perfbot: cannot start: ${message}`,
  noActivity: (problems: readonly string[]) => `the body must be a Bot Framework activity: missing or not text: ${problems.join(', ')}`,
});

export interface RunningServer {
  readonly server: restify.Server;
  readonly port: number;
  /** The figures answering now (replaced when new ones are taken up). */
  readonly brain: Brain;
  /** Takes up new figures if the store has changed since they were read; true when it had. */
  reloadFigures(): Promise<boolean>;
  close(): Promise<void>;
}

export interface HealthReport {
  readonly status: 'ok';
  readonly store: { readonly rows: number; readonly latestMonth: string | null };
}

export interface ServerOptions {
  /** Today as YYYY-MM-DD for every turn; default PERFBOT_TODAY, else the clock. */
  readonly today?: () => string;
  readonly cards?: CardRenderer;
  readonly audit?: AuditLog;
  /** Where to listen; default all interfaces. */
  readonly host?: string;
  /** Replaces the bot's turn handler (the bench's echo baseline on the same server stack). */
  readonly handler?: (context: TurnContext) => Promise<void>;
  /** How long a call to Microsoft (signing keys, token, Bot Connector) may take; default 10 s. */
  readonly outboundTimeoutMs?: number;
  /** Other Bot Framework endpoints (a sovereign cloud; tests: a local key endpoint). */
  readonly endpoints?: BotOptions['endpoints'];
  /** Where the structured log goes (default stdout). */
  readonly logStream?: pino.DestinationStream;
}

export function healthReport(brain: Brain): HealthReport {
  return { status: 'ok', store: { rows: brain.index.size, latestMonth: brain.index.latestOverall() ?? null } };
}

/** Starts the bot: restify on `config.PORT` (0 picks a free port) with POST /api/messages and GET /healthz. */
export async function startServer(config: Config, log: (line: string) => void = (line) => void process.stdout.write(`${line}\n`), options: ServerOptions = {}): Promise<RunningServer> {
  const logger = pino({ level: config.LOG_LEVEL, base: { service: 'perfbot' } }, options.logStream);
  if (!config.MicrosoftAppId) logger.warn(SAY.localMode);
  const instance = `perfbot-${config.PORT}-${process.pid}`;
  const source: BrainOptions = { env: config, applicationName: instance, log: (line) => log(line.trimEnd()) };
  const clock = (): string => londonDate(new Date());
  // Local mode with no PERFBOT_TODAY: the day after the latest figures if they end before last month (a demo on the sample).
  const todayWith = (held: Brain): string => options.today?.() ?? config.PERFBOT_TODAY ?? (config.MicrosoftAppId ? clock() : localToday(clock(), held.index.latestOverall()));
  // The search box's headlines are made as the figures load, not by a meeting's first search.
  const load = async (): Promise<Awaited<ReturnType<typeof loadFigures>>> => {
    const loaded = await loadFigures(source);
    prepareSearchBox(loaded.brain, todayWith(loaded.brain));
    return loaded;
  };
  let figures = await load();
  const brain = (): Brain => figures.brain;
  const today = (): string => todayWith(figures.brain);
  let reloading: Promise<boolean> | undefined;
  const reloadFigures = (): Promise<boolean> => {
    reloading ??= (async () => {
      try {
        if ((await figuresFingerprint(source)) === figures.fingerprint) return false;
        figures = await load();
        logger.info({ rows: figures.brain.index.size, latestMonth: figures.brain.index.latestOverall() }, 'new figures taken up');
        return true;
      } finally {
        reloading = undefined;
      }
    })();
    return reloading;
  };
  const state = await openStateStore(config, undefined, instance, (err) => logger.warn({ err: { message: err.message } }, 'state database connection error'));
  const auditFailed = (err: unknown) => logger.error({ err }, 'audit log write failed');
  // Several instances on PostgreSQL keep one audit trail there, unless a file is named.
  const audit: AuditLog = options.audit ?? (config.DATABASE_URL && !config.PERFBOT_AUDIT_LOG ? new StoreAuditLog(state, auditFailed) : new FileAuditLog(config.PERFBOT_AUDIT_LOG ?? path.join(DATA_DIR, 'audit.log'), auditFailed));
  try {
    // An audit log that cannot be written stops the start, rather than losing every line after.
    await audit.open?.();
  } catch (err) {
    await state.close();
    throw err;
  }
  // logrotate's way: it moves the file, then SIGHUP makes the bot open a new one by the same name.
  const reopenAudit = (): void => void audit.reopen?.().then(() => logger.info('audit log reopened'), (err: unknown) => logger.error({ err: { message: (err as Error).message } }, 'could not reopen the audit log'));
  process.on('SIGHUP', reopenAudit);
  const subscriptions = new StateSubscriptionHandler(state, brain().catalogue);
  const timeoutMs = options.outboundTimeoutMs ?? DEFAULT_OUTBOUND_TIMEOUT_MS;
  const { adapter, bot } = createBot({ config, brain, today, cards: options.cards ?? cardRendererFor(brain().catalogue.catalogue), audit, log: logger, subscriptions, storage: new SharedStateStorage(state), outboundTimeoutMs: timeoutMs, ...(options.endpoints ? { endpoints: options.endpoints } : {}) });

  const server = restify.createServer({ name: 'perfbot', handleUncaughtExceptions: false });
  // No body parser: /api/messages reads its own body (JSON only, bounded after inflating, never to disk).
  server.on('restifyError', (req: restify.Request, _res: restify.Response, err: Error, callback: () => void) => {
    logger.warn({ path: req.path(), err: err.message }, 'request refused');
    callback();
  });
  const turns = new InFlight();
  const handler = options.handler ?? ((context: TurnContext) => bot.run(context));
  const logic = (context: TurnContext): Promise<void> => turns.track(() => handler(context));
  server.post('/api/messages', messagesRoute({ adapter, logic, maxBodyBytes: MAX_BODY_BYTES, timeoutMs, log: logger, noActivity: SAY.noActivity }));
  // Local mode only: the chat page and its Direct Line; with an app id none of it exists (404).
  if (!config.MicrosoftAppId) registerLocalChat(server, { adapter, logic, log: logger });
  server.get('/healthz', async (_req: restify.Request, res: restify.Response) => {
    // Healthy only while the store the figures come from can be read (a load balancer takes the instance out otherwise).
    const problem = await checkFigures(source).then(() => undefined, (err: unknown) => (err instanceof Error ? err.message : String(err)));
    if (problem !== undefined) {
      logger.warn({ problem }, 'health check: the store cannot be read');
      res.send(503, { status: 'unavailable', store: { problem } });
      return;
    }
    res.json(healthReport(brain()));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, options.host, () => resolve());
  });
  const stopPushing = new AbortController();
  let pushing: Promise<void> = Promise.resolve();
  const schedule = config.PERFBOT_PUSH_CRON === 'off' ? undefined : schedulePush(config.PERFBOT_PUSH_CRON, config.PERFBOT_PUSH_TIMEZONE, async () => {
    // The latest complete month, once: deliveries already made are skipped.
    await reloadFigures().catch(() => false);
    const now = brain();
    const month = latestCompleteMonth(now.index, now.catalogue, monthOfDate(today()));
    if (!month) return;
    logger.info({ month }, 'monthly push starting');
    const run = pushMonth(state, digestMessages(now, month), new BotSender(adapter, config.MicrosoftAppId ?? ''), { month, perSecond: config.PERFBOT_PUSH_PER_SECOND, signal: stopPushing.signal, onLocked: () => logger.info({ month }, 'monthly push lock taken') });
    pushing = run.then(() => undefined, () => undefined);
    const report = await run;
    logger.info({ report }, 'monthly headlines pushed');
  }, (err) => logger.error({ err: { message: (err as Error).message } }, 'the monthly push failed'));
  if (schedule) logger.info({ next: schedule.next()?.toISOString() }, 'monthly push scheduled');
  const port = server.address().port;
  log(SAY.listening(port, describeTarget(metricsTarget(config)), brain().index.size));
  log(config.MicrosoftAppId ? LOCAL_CHAT_STRINGS.off : LOCAL_CHAT_STRINGS.on(`http://localhost:${port}`));
  if (!options.today && !config.MicrosoftAppId && !config.PERFBOT_TODAY && today() !== clock()) log(LOCAL_CHAT_STRINGS.today(today()));
  const watch = config.PERFBOT_RELOAD_SECONDS > 0
    ? setInterval(() => void reloadFigures().catch((err: unknown) => logger.warn({ err: { message: (err as Error).message } }, 'could not check for new figures; answering from the ones held')), config.PERFBOT_RELOAD_SECONDS * 1000)
    : undefined;
  watch?.unref();
  return {
    server,
    port,
    get brain() {
      return brain();
    },
    reloadFigures,
    close: async () => {
      if (watch) clearInterval(watch);
      process.off('SIGHUP', reopenAudit);
      schedule?.stop();
      // Bounded: no new work; idle connections closed now, busy ones after a grace period; a push
      // stops claiming deliveries and finishes the one it is sending (itself bounded by timeouts).
      stopPushing.abort();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.server.closeIdleConnections();
      const force = setTimeout(() => server.server.closeAllConnections(), SHUTDOWN_GRACE_MS);
      await closed;
      clearTimeout(force);
      // Turns whose clients went away still run (each bounded by the outbound timeouts).
      await turns.settled();
      await pushing;
      await audit.close?.();
      await state.close();
    },
  };
}

if (require.main === module) {
  const run = async (): Promise<void> => {
    const running = await startServer(readConfig(loadEnv()));
    const stop = (): void => {
      // Whatever happens, the process is gone within SHUTDOWN_DEADLINE_MS of the signal.
      setTimeout(() => process.exit(1), SHUTDOWN_DEADLINE_MS).unref();
      void running.close().then(() => process.exit(0), () => process.exit(1));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  };
  run().catch((err: unknown) => {
    const message = err instanceof ConfigError || err instanceof Error ? err.message : String(err);
    process.stderr.write(`${SAY.failed(message)}\n`);
    process.exitCode = 1;
  });
}
