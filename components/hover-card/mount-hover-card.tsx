/**
 * The one shadow-root host of the page (`<siyaq-card>`), created on the first card open and
 * removed when the content script is invalidated. Its CSS is a bundled string: no fetch, and no
 * <style> in the page's <head> (WXT's @property hoisting is avoided, see shadow-css.ts).
 */
import { createRoot, type Root } from 'react-dom/client';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { HoverStore } from '../../lib/state/hover-store';
import cardCss from './hover-card.css?inline';
import { HoverCardRoot } from './HoverCardRoot';
import { shadowSafeCss } from './shadow-css';

export interface MountOptions {
  onClose: () => void;
}

/** Mounts the card UI once; resolves with its host element and a function removing it. */
export async function mountHoverCard(
  ctx: ContentScriptContext,
  store: HoverStore,
  options: MountOptions,
): Promise<{ host: Element; remove: () => void }> {
  const ui = await createShadowRootUi<Root>(ctx, {
    name: 'siyaq-card',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    // The stylesheet is adopted (below) rather than put in a <style>: a page's CSP style-src does
    // not apply to constructable sheets.
    css: '',
    // Keys typed in the card must not trigger the page's shortcuts.
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount(container, shadow) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(`:host{all:initial !important;}\n${shadowSafeCss(cardCss)}`);
      shadow.adoptedStyleSheets = [sheet];
      const root = createRoot(container);
      root.render(<HoverCardRoot store={store} onClose={options.onClose} />);
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });
  ui.mount();
  return { host: ui.shadowHost, remove: () => ui.remove() };
}
