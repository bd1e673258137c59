import type { Catalogue } from '../domain/catalogue-types';
import { helpCard, helpView } from '../../cards/help-card';
import { replyToCard } from '../../cards/reply-card';
import { welcomeCard } from '../../cards/welcome-card';
import type { CardRenderer } from './card-renderer';

/** The bot's cards, from the pure builders in `cards/`. */
export function cardRendererFor(catalogue: Pick<Catalogue, 'metrics'>): CardRenderer {
  const help = helpCard(helpView(catalogue));
  return {
    reply: (reply, options) => replyToCard(reply, options),
    help: () => help,
    welcome: () => welcomeCard(),
  };
}
