/**
 * The hover card (React, its styles and the UI strings: most of Siyaq's page code) is a script of
 * its own, `card.js` (entrypoints/card.ts), that the background injects into a tab when the page
 * first needs a card. The content script every page compiles stays small, and a page where no card
 * opens never compiles React. Both scripts run in the extension's isolated world, so the card
 * script hands its mount function over on that world's global object, under a registry symbol the
 * page cannot see.
 */
import type { mountHoverCard } from './mount-hover-card';

export interface CardModule {
  mountHoverCard: typeof mountHoverCard;
}

const KEY = Symbol.for('siyaq.card-module');
type Registry = { [KEY]?: CardModule };

/** Called by the card script when it runs. */
export function registerCardModule(module: CardModule): void {
  (globalThis as Registry)[KEY] = module;
}

/** The card module if the card script has run in this world, else null. */
export function registeredCardModule(): CardModule | null {
  return (globalThis as Registry)[KEY] ?? null;
}
