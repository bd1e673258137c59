import type { Reply } from '../answers/reply-types';

/** An Adaptive Card as JSON, ready to attach. */
export type CardJson = Readonly<Record<string, unknown>>;

/** How the bot turns outputs into cards; the real one is built from `cards/`, tests may pass their own. */
export interface CardRenderer {
  reply(reply: Reply, options: { readonly compact: boolean }): CardJson;
  help(): CardJson;
  welcome(): CardJson;
}
