import { browser } from 'wxt/browser';
import type { Handlers } from '../messaging/handle';
import type { PageBackgroundMessages } from '../messaging/protocol';

/** Background handlers for the page side: entity lookups for the card, page entity reports. */
export function createPageHandlers(): Handlers<PageBackgroundMessages> {
  return {
    'siyaq:ping': () => ({ version: browser.runtime.getManifest().version }),
    'siyaq:get-entity': () => null,
    'siyaq:page-entities-changed': () => ({ ok: true }),
  };
}
