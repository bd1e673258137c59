import { TurnContext } from 'botbuilder';
import type { CatalogueIndex } from '../domain/catalogue';
import type { SubscriptionStore } from '../state/state-types';
import { STRINGS } from '../strings';
import type { SubscriptionCommand } from '../../dialogs/conversation-dialog';
import type { SubscriptionHandler } from './perfbot-bot';

/** "subscribe", "subscribe South", "unsubscribe", "subscriptions", kept in the state database with the conversation reference. */
export class StateSubscriptionHandler implements SubscriptionHandler {
  constructor(private readonly store: SubscriptionStore, private readonly catalogue: CatalogueIndex) {}

  async remember(context: TurnContext): Promise<void> {
    await this.store.rememberConversation(TurnContext.getConversationReference(context.activity));
  }

  async handle(context: TurnContext, command: SubscriptionCommand): Promise<string> {
    const reference = TurnContext.getConversationReference(context.activity);
    const id = reference.conversation?.id ?? '';
    const nameOf = (area: string) => this.catalogue.area(area)?.name ?? area;
    switch (command.action) {
      case 'subscribe': {
        const area = command.area ?? this.catalogue.force.id;
        await this.store.subscribe(reference, area);
        return STRINGS.subscriptions.subscribed(nameOf(area));
      }
      case 'unsubscribe':
        return (await this.store.unsubscribe(id)) ? STRINGS.subscriptions.unsubscribed : STRINGS.subscriptions.notSubscribed;
      case 'list': {
        const sub = await this.store.subscription(id);
        return sub?.active ? STRINGS.subscriptions.current(nameOf(sub.area)) : STRINGS.subscriptions.notSubscribed;
      }
    }
  }
}
