import { type ConfigurationBotFrameworkAuthenticationOptions, MemoryStorage, type Storage, type TurnContext } from 'botbuilder';
import type { Brain } from '../answers/ask';
import type { Config } from '../config';
import { STRINGS } from '../strings';
import type { AuditLog } from './audit-log';
import { boundOutboundCalls, DEFAULT_OUTBOUND_TIMEOUT_MS } from './outbound-timeouts';
import { PerfbotAdapter } from './perfbot-adapter';
import { BoundedBotFrameworkAuthentication } from './bounded-auth';
import type { CardRenderer } from './card-renderer';
import { PerfBot, type Logger, type SubscriptionHandler } from './perfbot-bot';
import { TenantFilter } from './tenant-filter';
import { JsonConversationState } from './json-conversation-state';

export interface BotParts {
  readonly adapter: PerfbotAdapter;
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
  /** How long a call to Microsoft (keys, token, Bot Connector) may go without an answer. */
  readonly outboundTimeoutMs?: number;
  /** Other Bot Framework endpoints (a sovereign cloud; tests: a local key endpoint). */
  readonly endpoints?: Pick<ConfigurationBotFrameworkAuthenticationOptions, 'ToBotFromChannelOpenIdMetadataUrl' | 'ToBotFromEmulatorOpenIdMetadataUrl' | 'ToChannelFromBotLoginUrl' | 'ToBotFromChannelTokenIssuer'>;
}

/**
 * The public Azure cloud's endpoints, as botbuilder uses them by default: once any one is named,
 * botbuilder takes every one as given, so the rest are filled in from here.
 */
const PUBLIC_CLOUD = Object.freeze({
  ValidateAuthority: true,
  ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
  ToChannelFromBotOAuthScope: 'https://api.botframework.com',
  ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
  OAuthUrl: 'https://api.botframework.com',
  ToBotFromChannelOpenIdMetadataUrl: 'https://login.botframework.com/v1/.well-known/openidconfiguration',
  ToBotFromEmulatorOpenIdMetadataUrl: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
  CallerId: 'urn:botframework:azure',
});

/** The adapter the bot and the pusher send through, with bounded outbound calls. */
export function createAdapter(config: Config, options: Pick<BotOptions, 'outboundTimeoutMs' | 'endpoints'> = {}): PerfbotAdapter {
  const agents = boundOutboundCalls(options.outboundTimeoutMs ?? DEFAULT_OUTBOUND_TIMEOUT_MS);
  const timeoutMs = options.outboundTimeoutMs ?? DEFAULT_OUTBOUND_TIMEOUT_MS;
  const auth = new BoundedBotFrameworkAuthentication({
    MicrosoftAppId: config.MicrosoftAppId ?? '',
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
    ...(options.endpoints ? { ...PUBLIC_CLOUD, ...options.endpoints } : {}),
  }, undefined, undefined, undefined, { agentSettings: agents });
  return new PerfbotAdapter(auth.withBounds(agents, timeoutMs));
}

/**
 * The Bot Framework wiring: CloudAdapter with ConfigurationBotFrameworkAuthentication from the
 * config (no app id: local mode, no authentication), the tenant filter, one error boundary, and
 * the bot with its conversation state (memory by default; any botbuilder Storage can be passed).
 */
export function createBot(options: BotOptions): BotParts {
  const { config, log } = options;
  const adapter = createAdapter(config, options);
  adapter.use(new TenantFilter(config.ALLOWED_TENANTS, (tenant) => log.warn({ tenant }, 'refused an activity from a tenant not allowed')));
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    log.error({ err: { message: error.message, stack: error.stack }, activity: context.activity?.type }, 'unexpected error in a turn');
    try {
      await context.sendActivity(STRINGS.internalError);
    } catch (sendError) {
      log.error({ err: { message: (sendError as Error).message } }, 'could not tell the user about the error');
    }
  };
  const state = new JsonConversationState(options.storage ?? new MemoryStorage());
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
