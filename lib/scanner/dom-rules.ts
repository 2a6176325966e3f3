/**
 * Browser-side skip rules layered on lib/scanner/block-text.ts (whose tag and attribute rules
 * stay the single source): Siyaq's own UI host, computed-style hiding, and ancestor checks for
 * subtrees the scanner enters in the middle of the page (mutation roots, chunk roots).
 */
import { BLOCK_TAGS, SKIP_TAGS, type BlockTextOptions } from './block-text';

/** Tag of Siyaq's one shadow-root host (the hover card). */
export const OWN_HOST_TAG = 'SIYAQ-CARD';

export function isOwnUi(el: Element): boolean {
  return el.tagName === OWN_HOST_TAG;
}

/**
 * Hidden subtrees: `display: none`, and content the browser does not render (inside a closed
 * `<details>`, `content-visibility: hidden`). `checkVisibility()` answers from the style and
 * layout trees without building anything, where `getComputedStyle` allocates a declaration per
 * call — on a page of 100k elements that garbage feeds long GC pauses. Neither needs a layout.
 * An element without a box may also be `display: contents`: its children are visible.
 */
export function isHiddenElement(el: Element): boolean {
  if (typeof el.checkVisibility !== 'function') return getComputedStyle(el).display === 'none';
  if (el.checkVisibility()) return false;
  return getComputedStyle(el).display !== 'contents';
}

export const BROWSER_BLOCK_OPTIONS: BlockTextOptions = { shouldSkip: isOwnUi, isHidden: isHiddenElement };

/** Whether extractBlocks would skip `el` itself (its tag, attributes, own UI, hidden). */
export function isSkippedElement(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce.toLowerCase() !== 'false') return true;
  return isOwnUi(el) || isHiddenElement(el);
}

/** Whether `node` or any ancestor (up to the document) is skipped. */
export function isInSkippedSubtree(node: Node): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isSkippedElement(el)) return true;
  }
  return false;
}

export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

/** The element whose blocks contain `node`: its nearest block-level ancestor (or the body). */
export function blockContainerOf(node: Node): Element | null {
  let el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && !isBlockElement(el) && el !== document.body) {
    // The top of a shadow tree: its blocks are contained by it, not by the page's body.
    if (!el.parentElement && el.getRootNode() instanceof ShadowRoot) return el;
    el = el.parentElement;
  }
  return el ?? document.body;
}

const NEUTRAL_INLINE = new Set(['BR', 'WBR', 'IMG', 'HR', 'PICTURE', 'VIDEO', 'AUDIO']);

/**
 * Whether a child lets its parent be scanned as separate pieces (its block children one by one):
 * block elements, skipped elements and white space do; inline content means a block straddles it.
 */
export function isSplittableChild(c: ChildNode): boolean {
  if (c.nodeType === 3) return !/\S/.test((c as Text).data);
  if (c.nodeType !== 1) return true;
  const tag = (c as Element).tagName.toUpperCase();
  return BLOCK_TAGS.has(tag) || SKIP_TAGS.has(tag) || NEUTRAL_INLINE.has(tag) || isOwnUi(c as Element);
}
