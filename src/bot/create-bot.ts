import { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, MemoryStorage, type Storage, type TurnContext } from 'botbuilder';
import type { Brain } from '../answers/ask';
import type { Config } from '../config';
import { STRINGS } from '../strings';
import type { AuditLog } from './audit-log';
import type { CardRenderer } from './card-renderer';
import { PerfBot, type Logger, type SubscriptionHandler } from './perfbot-bot';
import { TenantFilter } from './tenant-filter';

export interface BotParts {
  readonly adapter: CloudAdapter;
  readonly bot: PerfBot;
}

export interface BotOptions {
  readonly config: Config;
  readonly brain: () => Brain;
  readonly today: () => string;
  readonly cards: CardRenderer;
  readonly audit: AuditLog;
  readonly log: Logger;
  readonly storage?: Storage;
  readonly subscriptions?: SubscriptionHandler;
}

/**
 * The Bot Framework wiring: CloudAdapter with ConfigurationBotFrameworkAuthentication from the
 * config (no app id: local mode, no authentication), the tenant filter, one error boundary, and
 * the bot with its conversation state (memory by default; any botbuilder Storage can be passed).
 */
export function createBot(options: BotOptions): BotParts {
  const { config, log } = options;
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.MicrosoftAppId ?? '',
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
  });
  const adapter = new CloudAdapter(auth);
  adapter.use(new TenantFilter(config.ALLOWED_TENANTS, (tenant) => log.warn({ tenant }, 'refused an activity from a tenant not allowed')));
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    log.error({ err: { message: error.message, stack: error.stack }, activity: context.activity?.type }, 'unexpected error in a turn');
    try {
      await context.sendActivity(STRINGS.internalError);
    } catch (sendError) {
      log.error({ err: { message: (sendError as Error).message } }, 'could not tell the user about the error');
    }
  };
  const state = new ConversationState(options.storage ?? new MemoryStorage());
  const bot = new PerfBot({
    brain: options.brain,
    today: options.today,
    state,
    cards: options.cards,
    audit: options.audit,
    log,
    ...(options.subscriptions ? { subscriptions: options.subscriptions } : {}),
  });
  return { adapter, bot };
}
