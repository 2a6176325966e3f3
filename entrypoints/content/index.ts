import { defineContentScript } from 'wxt/utils/define-content-script';
import { handleMessages } from '../../lib/messaging/handle';
import type { ContentMessages } from '../../lib/messaging/protocol';

/*
 * Content script, one per top-level page.
 *
 *   settings ──► scanner (lib/scanner) ──► matcher (lib/matcher) ──► highlights (lib/highlight)
 *                                                                      │
 *                       hover hit-test ──► card (components/hover-card, lazy shadow root)
 *
 * It reads the page and never writes to it; everything it registers is torn down through `ctx`.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const stopHandling = handleMessages<ContentMessages>({
      'siyaq:get-mentions': () => ({ url: location.href, done: true, mentions: [] }),
      'siyaq:reveal-mention': () => ({ found: false }),
    });
    ctx.onInvalidated(stopHandling);
  },
});
