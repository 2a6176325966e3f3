import { browser } from 'wxt/browser';
import namesIndexJson from '../../data/generated/matcher-curated.json?raw';
import type { Handlers } from '../messaging/handle';
import type { PageBackgroundMessages } from '../messaging/protocol';
import { onPageEntitiesChanged } from './badge';
import { detailsStore, listedEntityIds } from './entity-details';

/** Background handlers for the page side: entity lookups for the card, page entity reports. */
export function createPageHandlers(): Handlers<PageBackgroundMessages> {
  let listed: string[] | null = null;
  return {
    'siyaq:ping': () => ({ version: browser.runtime.getManifest().version }),
    'siyaq:get-entity': ({ entityId }) => detailsStore().get(entityId) ?? null,
    // The toolbar badge is the watchlist feature's (issue 6); this side only receives the report.
    'siyaq:page-entities-changed': async ({ entityIds }, sender) => {
      if (sender.tab?.id !== undefined) await onPageEntitiesChanged(sender.tab.id, entityIds);
      return { ok: true };
    },
    // Sent as the artifact's text: the content script parses it where it decodes it.
    'siyaq:get-names-index': () => ({ json: namesIndexJson }),
    'siyaq:get-page-marks': () => ({ listed: (listed ??= listedEntityIds(detailsStore())) }),
    'siyaq:load-card': async (_request, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('siyaq:load-card comes from a tab');
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [sender.frameId ?? 0] },
        files: ['/card.js'],
      });
      return { ok: true };
    },
  };
}
