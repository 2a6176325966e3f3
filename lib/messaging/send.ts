import { browser } from 'wxt/browser';
import type {
  BackgroundMessages,
  BackgroundMessageType,
  ContentMessages,
  ContentMessageType,
  MessageOf,
  ResponseOf,
} from './protocol';

type RequestOf<M, K extends keyof M> = Omit<MessageOf<M, K>, 'type'>;

/** Sends a typed message to the background and resolves with its typed response. */
export async function sendToBackground<K extends BackgroundMessageType>(
  type: K,
  request: RequestOf<BackgroundMessages, K>,
): Promise<ResponseOf<BackgroundMessages, K>> {
  return (await browser.runtime.sendMessage({ ...request, type })) as ResponseOf<BackgroundMessages, K>;
}

/** Sends a typed message to the content script of one tab (top frame). */
export async function sendToTab<K extends ContentMessageType>(
  tabId: number,
  type: K,
  request: RequestOf<ContentMessages, K>,
): Promise<ResponseOf<ContentMessages, K>> {
  return (await browser.tabs.sendMessage(tabId, { ...request, type }, { frameId: 0 })) as ResponseOf<
    ContentMessages,
    K
  >;
}
