import { defineContentScript } from 'wxt/utils/define-content-script';
import { handleMessages } from '../../lib/messaging/handle';
import type { ContentMessages } from '../../lib/messaging/protocol';
import { adoptHighlightStyles, supportsHighlights } from '../../lib/highlight/register';
import { measureCall } from '../../lib/scanner/task-stats';
import { createPageSession, whenDocumentIdle } from './session';

/*
 * Content script, one per top-level page.
 *
 *   settings ──► scanner (lib/scanner) ──► matcher (lib/matcher) ──► highlights (lib/highlight)
 *                                                                      │
 *                       hover hit-test ──► card (components/hover-card, lazy shadow root)
 *
 * It reads the page and never writes to it; everything it registers is torn down through `ctx`.
 * session.ts holds the lifetime logic; this file wires messages.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // document_start only to adopt the ::highlight stylesheet before the page's first layout (see
  // lib/highlight/register.ts); the scan itself waits for the parsed document and idle time.
  runAt: 'document_start',
  // The card's CSS is bundled as a string and adopted inside its own shadow root: nothing is
  // fetched and nothing is added to the page's <head> (see components/hover-card/mount-hover-card.tsx).
  cssInjectionMode: 'manual',
  // WXT also announces every content-script start with window.postMessage: the page's own message
  // listeners would see it (and could tell that Siyaq is installed). Its document event suffices.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const session = createPageSession(ctx);
    const stopHandling = handleMessages<ContentMessages>({
      // Work done on request is measured like the scan: it runs on the page's main thread too.
      'siyaq:get-mentions': () => session.report(),
      'siyaq:reveal-mention': ({ entityId }) =>
        measureCall('step', () => ({ found: session.step('next', entityId) !== null })),
      'siyaq:step-mention': ({ direction }) =>
        measureCall('step', () => ({ entityId: session.step(direction) })),
    });
    ctx.onInvalidated(() => {
      stopHandling();
      session.stop();
    });
    if (supportsHighlights()) ctx.onInvalidated(adoptHighlightStyles());
    void whenDocumentIdle(ctx).then(() => session.init());
  },
});
