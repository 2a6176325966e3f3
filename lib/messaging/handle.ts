import { browser } from 'wxt/browser';
import type { MessageOf, ResponseOf } from './protocol';

type Sender = Parameters<Parameters<typeof browser.runtime.onMessage.addListener>[0]>[1];

/** A handler for every message of a protocol map. */
export type Handlers<M> = {
  [K in keyof M]: (message: MessageOf<M, K>, sender: Sender) => ResponseOf<M, K> | Promise<ResponseOf<M, K>>;
};

/**
 * Registers one `runtime.onMessage` listener that dispatches Siyaq messages to their handlers.
 * Uses `sendResponse` + `return true`, which works in Chrome and Firefox without a polyfill.
 * Messages of other types are left alone (no response), so other listeners may answer them.
 * Returns a function that removes the listener.
 */
export function handleMessages<M>(handlers: Handlers<M>): () => void {
  const listener = (message: unknown, sender: Sender, sendResponse: (response: unknown) => void) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
    const handler = handlers[type as keyof M] as (m: unknown, s: Sender) => unknown;
    Promise.resolve()
      .then(() => handler(message, sender))
      .then(sendResponse, (error: unknown) => {
        console.error(`Siyaq: ${type} failed`, error);
        sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) });
      });
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
