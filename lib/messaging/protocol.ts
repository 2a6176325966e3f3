/**
 * Every runtime message Siyaq sends, as one map from message type to request and response.
 * All types carry the `siyaq:` prefix so they never collide with other extensions' or pages'
 * messages. Calls that can fail answer `Result`, because thrown errors do not cross contexts.
 */

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
  /** True once the initial scan of the page has finished. */
  done: boolean;
  mentions: MentionReport[];
}

/** Messages handled by the content script (sent with `browser.tabs.sendMessage`). */
export interface ContentMessages {
  /** The public mentions API: every mention on the page, in document order. */
  'siyaq:get-mentions': { request: Record<string, never>; response: MentionsReport };
}

/** Messages handled by the background (sent with `browser.runtime.sendMessage`). */
export interface BackgroundMessages {
  /** Liveness check used by extension pages and tests. */
  'siyaq:ping': { request: Record<string, never>; response: { version: string } };
}

export type ContentMessageType = keyof ContentMessages;
export type BackgroundMessageType = keyof BackgroundMessages;

export type MessageOf<M, K extends keyof M> = { type: K } & (M[K] extends { request: infer R } ? R : never);
export type ResponseOf<M, K extends keyof M> = M[K] extends { response: infer R } ? R : never;
