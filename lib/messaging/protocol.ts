/**
 * Every runtime message Siyaq sends, as maps from message type to request and response.
 * All types carry the `siyaq:` prefix so they never collide with other extensions' or pages'
 * messages. Calls that can fail answer `Result`, because thrown errors do not cross contexts.
 *
 * Grouped by direction: `ContentMessages` are handled by the content script (sent with
 * `browser.tabs.sendMessage`), `BackgroundMessages` by the background (sent with
 * `browser.runtime.sendMessage`). Each feature declares its messages in its own interface below.
 */
import type { EntityDetails } from '../data/details';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** One mention as the public mentions API reports it. */
export interface MentionReport {
  entityId: string;
  /** The mention's original page text, without attached Arabic clitics. */
  text: string;
}

/** Answer of the content script to `siyaq:get-mentions` (documented in the README). */
export interface MentionsReport {
  url: string;
  /** True once the initial scan of the page has finished (its last highlights follow within a few tasks). */
  done: boolean;
  mentions: MentionReport[];
  /** Self-measurement of the content script's main-thread work on this page (diagnostics). */
  stats?: {
    longestTaskMs: number;
    longestTaskKind: string;
    totalTaskMs: number;
    tasks: number;
    errors: number;
    /** Milliseconds per kind of work (`index-decode`, `scan`, `highlights`, …). */
    msByKind?: Record<string, number>;
  };
}

/** Messages handled by the content script. */
export interface ContentMessages {
  /** The public mentions API: every mention on the page, in document order. */
  'siyaq:get-mentions': { request: Record<string, never>; response: MentionsReport };
  /** Scrolls to the first mention of an entity and opens its card (popup "on this page"). */
  'siyaq:reveal-mention': { request: { entityId: string }; response: { found: boolean } };
  /** Keyboard commands (forwarded by the background): open the next / previous mention's card, or close it. */
  'siyaq:step-mention': {
    request: { direction: 'next' | 'previous' | 'close' };
    response: { entityId: string | null };
  };
}

/** Background messages of the page (content script → background). */
export interface PageBackgroundMessages {
  /** Liveness check used by extension pages and tests. */
  'siyaq:ping': { request: Record<string, never>; response: { version: string } };
  /** Card details of one entity (curated record, or an official-list entity), or null if unknown. */
  'siyaq:get-entity': { request: { entityId: string }; response: EntityDetails | null };
  /** The distinct entity ids now marked on the sender's tab; drives the toolbar badge. */
  'siyaq:page-entities-changed': { request: { entityIds: string[] }; response: { ok: true } };
  /**
   * The curated names index (the matcher artifact's JSON text), asked once per page when a scan
   * starts: kept in the background, so it is not a string in every tab's content script.
   */
  'siyaq:get-names-index': { request: Record<string, never>; response: { json: string } };
  /** Entity ids that get the "on an official list" marker (explicitly linked, still listed). */
  'siyaq:get-page-marks': { request: Record<string, never>; response: { listed: string[] } };
  /**
   * Injects the hover card's script (card.js) into the sender's frame, once per page, when the
   * page first needs a card; answers once it has run (errors answer `{ ok: false, error }`).
   */
  'siyaq:load-card': { request: Record<string, never>; response: { ok: true } };
}

/** A watchlist as the card and the popup list it. */
export interface WatchlistSummary {
  id: number;
  name: string;
  color: string;
  /** Whether the entity asked about is on this list (false when no entity was given). */
  hasEntity: boolean;
}

/** Background messages of the watchlists (card / popup → background). */
export interface WatchlistBackgroundMessages {
  /** Every watchlist, in order, with whether `entityId` is on it. */
  'siyaq:list-watchlists': { request: { entityId?: string }; response: WatchlistSummary[] };
  /** Adds an entity to a watchlist (the first list, created if none exists, when no id is given). */
  'siyaq:add-to-watchlist': {
    request: { entityId: string; watchlistId?: number };
    response: Result<WatchlistSummary>;
  };
  /** Removes an entity from a watchlist (from every list when no id is given). */
  'siyaq:remove-from-watchlist': {
    request: { entityId: string; watchlistId?: number };
    response: Result<null>;
  };
}

export type BackgroundMessages = PageBackgroundMessages & WatchlistBackgroundMessages;

export type ContentMessageType = keyof ContentMessages;
export type BackgroundMessageType = keyof BackgroundMessages;

export type MessageOf<M, K extends keyof M> = { type: K } & (M[K] extends { request: infer R } ? R : never);
export type ResponseOf<M, K extends keyof M> = M[K] extends { response: infer R } ? R : never;
