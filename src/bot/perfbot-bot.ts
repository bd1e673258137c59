import { MAX_QUESTION_LENGTH } from '../answers/limits';
import { StateConflictError } from '../state/state-types';
import { CardFactory, MessageFactory, TeamsActivityHandler, TurnContext, type ConversationState as BotState, type MessagingExtensionQuery, type MessagingExtensionResponse, type StatePropertyAccessor } from 'botbuilder';
import type { Brain } from '../answers/ask';
import type { Reply } from '../answers/reply-types';
import { renderText } from '../answers/render-text';
import type { ConversationState } from '../understanding/query';
import { STRINGS } from '../strings';
import { runConversationTurn, type ChatInput, type ChatOutput, type DialogTurn, type SubscriptionCommand } from '../../dialogs/conversation-dialog';
import { LruCache } from '../answers/lru-cache';
import { createHash } from 'node:crypto';

/** Turns remembered (each a reply and a small state). */
const TURN_CACHE_SIZE = 500;
import type { AuditEntry, AuditLog } from './audit-log';
import type { CardJson, CardRenderer } from './card-renderer';
import { answerExtensionQuery, MIN_QUERY_LENGTH } from './message-extension';
import { readingsOf } from './audit-readings';
import { tenantOf } from './tenant-filter';

export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** Subscriptions to the monthly headlines, answered in chat (the headlines module provides it). */
export interface SubscriptionHandler {
  handle(context: TurnContext, command: SubscriptionCommand): Promise<string>;
  remember(context: TurnContext): Promise<void>;
}

export interface PerfBotDeps {
  readonly brain: () => Brain;
  /** YYYY-MM-DD, read by the entry point (PERFBOT_TODAY or the clock). */
  readonly today: () => string;
  readonly state: BotState;
  readonly cards: CardRenderer;
  readonly audit: AuditLog;
  readonly log: Logger;
  readonly subscriptions?: SubscriptionHandler;
}

/** Whether the bot was @mentioned in this message. */
function mentionsBot(context: TurnContext): boolean {
  const botId = context.activity.recipient?.id;
  return (context.activity.entities ?? []).some((e) => e.type === 'mention' && (e as { mentioned?: { id?: string } }).mentioned?.id === botId);
}

/**
 * The Teams bot: thin. It removes the @mention, hands the message to the conversation dialog,
 * renders what comes back as a card, keeps the conversation's state and writes the audit log.
 */
export class PerfBot extends TeamsActivityHandler {
  private readonly conversation: StatePropertyAccessor<ConversationState>;
  private turns = new LruCache<string, DialogTurn>(TURN_CACHE_SIZE);
  private cachedBrain: Brain | undefined;
  /** Rendered replies, by reply and layout: a cached turn is not rendered again. */
  private readonly rendered = new WeakMap<object, { full?: CardJson; compact?: CardJson; text?: string }>();

  constructor(private readonly deps: PerfBotDeps) {
    super();
    this.conversation = deps.state.createProperty<ConversationState>('perfbot.conversation');
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      if ((context.activity.membersAdded ?? []).some((m) => m.id === botId)) await this.welcome(context);
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.welcome(context);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    try {
      await this.deps.state.saveChanges(context, false);
    } catch (err) {
      // Two messages of one conversation answered at once by two instances: the reply went out;
      // the later one's context is the one not kept. Not worth an error to the user.
      if (!(err instanceof StateConflictError)) throw err;
      this.deps.log.warn({ conversation: context.activity.conversation?.id }, 'conversation state saved meanwhile by another instance; this turn\'s context not kept');
    }
  }

  /** The search-based message extension (`composeExtension/query`): answered from the brain, no state kept. */
  protected override async handleTeamsMessagingExtensionQuery(context: TurnContext, query: MessagingExtensionQuery): Promise<MessagingExtensionResponse> {
    let audited: Promise<void> = Promise.resolve();
    const response = answerExtensionQuery(query, this.deps.brain(), this.deps.today(), (question, replies) => {
      // Every figure put in front of the user is audited, the search box's as the chat's.
      if (replies.length === 0) return;
      const first = replies[0];
      audited = this.deps.audit.record({
        ...this.who(context),
        question: question === '' ? '(search box opened: the latest headlines)' : question.slice(0, 500),
        status: question.length < MIN_QUERY_LENGTH ? 'headlines' : (first?.kind ?? 'unknown'),
        source: 'search',
        readings: replies.flatMap((r) => readingsOf(r)),
      });
    });
    await audited;
    return response;
  }

  /** Who asked, where, and when, for the audit log. */
  private who(context: TurnContext): Pick<AuditEntry, 'time' | 'user' | 'userName' | 'tenant' | 'conversation' | 'conversationType'> {
    const a = context.activity;
    const tenant = tenantOf(context);
    return {
      time: new Date().toISOString(),
      user: a.from?.aadObjectId ?? a.from?.id ?? 'unknown',
      ...(a.from?.name ? { userName: a.from.name } : {}),
      ...(tenant ? { tenant } : {}),
      conversation: a.conversation?.id ?? 'unknown',
      ...(a.conversation?.conversationType ? { conversationType: a.conversation.conversationType } : {}),
    };
  }

  private async welcome(context: TurnContext): Promise<void> {
    await this.deps.subscriptions?.remember(context);
    await this.sendCard(context, this.deps.cards.welcome(), STRINGS.welcome);
  }

  private async sendCard(context: TurnContext, card: CardJson, fallback: string): Promise<void> {
    // The card carries its own fallbackText; the summary is what notifications and the activity feed show.
    const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
    activity.summary = fallback.slice(0, 500);
    await context.sendActivity(activity);
  }

  /**
   * A turn is a pure function of the message, the conversation's state, today and the figures: a
   * meeting asking the same question at once is answered once and served from memory after.
   */
  private turn(input: ChatInput, state: ConversationState, today: string, brain: Brain): DialogTurn {
    if (brain !== this.cachedBrain) {
      this.turns = new LruCache(TURN_CACHE_SIZE);
      this.cachedBrain = brain;
    }
    // A short hash as the key: the cache holds 500 keys of 22 characters, never 500 whole messages.
    const key = createHash('sha256').update(`${today}\u0000${JSON.stringify(state)}\u0000${JSON.stringify(input)}`).digest('base64url').slice(0, 22);
    let turn = this.turns.get(key);
    if (!turn) {
      turn = runConversationTurn(input, state, today, brain);
      this.turns.set(key, turn);
    }
    return turn;
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const type = activity.conversation?.conversationType;
    const group = type === 'groupChat' || type === 'channel';
    const hasValue = activity.value !== undefined && activity.value !== null;
    if (group && !hasValue && !mentionsBot(context)) return;
    const text = TurnContext.removeRecipientMention(activity) ?? activity.text ?? '';
    const input: ChatInput = hasValue && text.trim() === '' ? { kind: 'submit', value: activity.value } : { kind: 'text', text };
    const state = (await this.conversation.get(context, {})) ?? {};
    const turn = this.turn(input, state, this.deps.today(), this.deps.brain());
    await this.conversation.set(context, turn.state);
    await this.render(context, turn.output, group);
    if (turn.output.kind === 'reply') await this.audit(context, input, turn.output.reply);
  }

  private async render(context: TurnContext, output: ChatOutput, compact: boolean): Promise<void> {
    switch (output.kind) {
      case 'help':
        return this.sendCard(context, this.deps.cards.help(), STRINGS.helpIntro);
      case 'too_long':
        await context.sendActivity(STRINGS.tooLong(MAX_QUESTION_LENGTH));
        return;
      case 'subscription': {
        const text = this.deps.subscriptions ? await this.deps.subscriptions.handle(context, output.command) : STRINGS.subscriptionsUnavailable;
        await context.sendActivity(text);
        return;
      }
      case 'reply': {
        const done = this.rendered.get(output.reply) ?? {};
        const card = (compact ? done.compact : done.full) ?? this.deps.cards.reply(output.reply, { compact });
        const text = done.text ?? renderText(output.reply);
        this.rendered.set(output.reply, compact ? { ...done, compact: card, text } : { ...done, full: card, text });
        return this.sendCard(context, card, text);
      }
    }
  }

  private async audit(context: TurnContext, input: ChatInput, reply: Reply): Promise<void> {
    await this.deps.audit.record({
      ...this.who(context),
      source: input.kind === 'text' ? 'chat' : 'button',
      question: input.kind === 'text' ? input.text.slice(0, 500) : JSON.stringify(input.value).slice(0, 500),
      status: reply.kind,
      readings: readingsOf(reply),
    });
  }
}
