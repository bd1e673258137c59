import pino from 'pino';
import * as path from 'node:path';
import * as restify from 'restify';
import type { TurnContext } from 'botbuilder';
import type { Brain } from './answers/ask';
import { ConfigError, loadEnv, readConfig, type Config } from './config';
import { FileAuditLog, StoreAuditLog, type AuditLog } from './bot/audit-log';
import { SharedStateStorage } from './bot/shared-state-storage';
import { activityProblems } from './bot/activity-check';
import type { CardRenderer } from './bot/card-renderer';
import { createBot } from './bot/create-bot';
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
import { figuresFingerprint, loadFigures, type BrainOptions } from './io/load-brain';
import { DATA_DIR } from './io/project-paths';

export const MAX_BODY_BYTES = 256 * 1024;

const SAY = Object.freeze({
  listening: (port: number, file: string, rows: number) => `perfbot listening on port ${port} (store ${file}, ${rows} rows)`,
  localMode: 'No MicrosoftAppId is set: running in LOCAL MODE with no authentication. Use this only with the Bot Framework Emulator on your own machine; set MicrosoftAppId and MicrosoftAppPassword to connect Teams.',
  failed: (message: string) => `perfbot: cannot start: ${message}`,
  wrongType: 'Content-Type must be application/json',
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
}

export function healthReport(brain: Brain): HealthReport {
  return { status: 'ok', store: { rows: brain.index.size, latestMonth: brain.index.latestOverall() ?? null } };
}

/** Starts the bot: restify on `config.PORT` (0 picks a free port) with POST /api/messages and GET /healthz. */
export async function startServer(config: Config, log: (line: string) => void = (line) => void process.stdout.write(`${line}\n`), options: ServerOptions = {}): Promise<RunningServer> {
  const logger = pino({ level: config.LOG_LEVEL, base: { service: 'perfbot' } });
  if (!config.MicrosoftAppId) logger.warn(SAY.localMode);
  const instance = `perfbot-${config.PORT}-${process.pid}`;
  const source: BrainOptions = { env: config, applicationName: instance, log: (line) => log(line.trimEnd()) };
  let figures = await loadFigures(source);
  const brain = (): Brain => figures.brain;
  let reloading: Promise<boolean> | undefined;
  const reloadFigures = (): Promise<boolean> => {
    reloading ??= (async () => {
      try {
        if ((await figuresFingerprint(source)) === figures.fingerprint) return false;
        figures = await loadFigures(source);
        logger.info({ rows: figures.brain.index.size, latestMonth: figures.brain.index.latestOverall() }, 'new figures taken up');
        return true;
      } finally {
        reloading = undefined;
      }
    })();
    return reloading;
  };
  const today = options.today ?? (() => config.PERFBOT_TODAY ?? londonDate(new Date()));
  const state = await openStateStore(config, undefined, instance, (err) => logger.warn({ err: { message: err.message } }, 'state database connection error'));
  const auditFailed = (err: unknown) => logger.error({ err }, 'audit log write failed');
  // Several instances on PostgreSQL keep one audit trail there, unless a file is named.
  const audit: AuditLog = options.audit ?? (config.DATABASE_URL && !config.PERFBOT_AUDIT_LOG ? new StoreAuditLog(state, auditFailed) : new FileAuditLog(config.PERFBOT_AUDIT_LOG ?? path.join(DATA_DIR, 'audit.log'), auditFailed));
  const subscriptions = new StateSubscriptionHandler(state, brain().catalogue);
  const { adapter, bot } = createBot({ config, brain, today, cards: options.cards ?? cardRendererFor(brain().catalogue.catalogue), audit, log: logger, subscriptions, storage: new SharedStateStorage(state) });

  const server = restify.createServer({ name: 'perfbot', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, rejectUnknown: true }));
  server.on('restifyError', (req: restify.Request, _res: restify.Response, err: Error, callback: () => void) => {
    logger.warn({ path: req.path(), err: err.message }, 'request refused');
    callback();
  });
  server.post('/api/messages', async (req: restify.Request, res: restify.Response) => {
    if (!req.is('json')) {
      res.send(415, { error: SAY.wrongType });
      return;
    }
    const problems = activityProblems(req.body);
    if (problems.length > 0) {
      res.send(400, { error: SAY.noActivity(problems) });
      return;
    }
    try {
      await adapter.process(req, res, options.handler ?? ((context) => bot.run(context)));
    } catch (err) {
      logger.error({ err: { message: (err as Error).message } }, 'could not process an activity');
      if (!res.headersSent) res.send(500, { error: 'internal error' });
    }
  });
  server.get('/healthz', async (_req: restify.Request, res: restify.Response) => {
    res.json(healthReport(brain()));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, options.host, () => resolve());
  });
  const schedule = config.PERFBOT_PUSH_CRON === 'off' ? undefined : schedulePush(config.PERFBOT_PUSH_CRON, config.PERFBOT_PUSH_TIMEZONE, async () => {
    // The latest complete month, once: deliveries already made are skipped.
    await reloadFigures().catch(() => false);
    const now = brain();
    const month = latestCompleteMonth(now.index, now.catalogue, monthOfDate(today()));
    if (!month) return;
    logger.info({ month }, 'monthly push starting');
    const report = await pushMonth(state, digestMessages(now, month), new BotSender(adapter, config.MicrosoftAppId ?? ''), { month, perSecond: config.PERFBOT_PUSH_PER_SECOND, onLocked: () => logger.info({ month }, 'monthly push lock taken') });
    logger.info({ report }, 'monthly headlines pushed');
  }, (err) => logger.error({ err: { message: (err as Error).message } }, 'the monthly push failed'));
  if (schedule) logger.info({ next: schedule.next()?.toISOString() }, 'monthly push scheduled');
  const port = server.address().port;
  log(SAY.listening(port, describeTarget(metricsTarget(config)), brain().index.size));
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
      schedule?.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await audit.close?.();
      await state.close();
    },
  };
}

if (require.main === module) {
  const run = async (): Promise<void> => {
    const running = await startServer(readConfig(loadEnv()));
    const stop = (): void => void running.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  };
  run().catch((err: unknown) => {
    const message = err instanceof ConfigError || err instanceof Error ? err.message : String(err);
    process.stderr.write(`${SAY.failed(message)}\n`);
    process.exitCode = 1;
  });
}
