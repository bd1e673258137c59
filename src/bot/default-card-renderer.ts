import type { CardRenderer } from './card-renderer';
import { plainCardRenderer } from './plain-card-renderer';

/** The card set the server uses. */
export const defaultCardRenderer: CardRenderer = plainCardRenderer;
