/**
 * DOM text extraction shared by the evaluation (happy-dom in Node) and the in-browser page
 * scanner. No layout APIs: block vs inline is decided by tag name, so happy-dom and a real
 * browser produce the same blocks.
 *
 * A block is the text of consecutive text nodes that share the same nearest block-level
 * ancestor, joined with no separator (so a name split by <a>, <b>, <mark>, <span>, <wbr> stays
 * one string); `<br>` inserts "\n" into the current block. Every text node's place in the block
 * is recorded in `segments` so offsets map back to nodes.
 *
 * Skipped with their descendants: script style noscript template textarea input select option
 * head title iframe object svg math canvas, elements with `contenteditable` (any value but
 * "false"), the `hidden` attribute, `aria-hidden="true"`, and anything `isHidden(el)` or
 * `shouldSkip(el)` accepts. Blocks with only whitespace are dropped.
 *
 * `extractBlockSteps` is the same walk as a generator that yields every STEP_NODES nodes, so the
 * page scanner can spread a huge subtree over several slices; `splitBlock` cuts a huge block into
 * pieces at sentence ends, so matching and resolving one piece is one short job.
 */

export interface TextSegment {
  node: Text;
  /** [start, end) of this node's text inside the block text. */
  start: number;
  end: number;
  /** Where the segment begins in the node's data: 0, except in pieces of a split block. */
  offset: number;
}

export interface TextBlock {
  text: string;
  segments: TextSegment[];
}

export interface BlockTextOptions {
  /** Extra hidden check (the browser adds computed-style checks here). */
  isHidden?: (el: Element) => boolean;
  /** Skip an element and its subtree (Siyaq's own UI host). */
  shouldSkip?: (el: Element) => boolean;
}

export const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'HEAD',
  'TITLE',
  'IFRAME',
  'OBJECT',
  'SVG',
  'MATH',
  'CANVAS',
]);

export const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIR',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'LABEL',
  'LEGEND',
  'LI',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'BUTTON',
  'OPTGROUP',
]);

function tagOf(el: Element): string {
  return el.tagName.toUpperCase();
}

function isSkipped(el: Element, options: BlockTextOptions): boolean {
  if (SKIP_TAGS.has(tagOf(el))) return true;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce.toLowerCase() !== 'false') return true;
  if (options.shouldSkip?.(el)) return true;
  if (options.isHidden?.(el)) return true;
  return false;
}

/** The node after the walker's current node and its subtree (what a filter's FILTER_REJECT does). */
function nextPastSubtree(walker: TreeWalker): Node | null {
  for (;;) {
    const next = walker.nextSibling();
    if (next) return next;
    if (!walker.parentNode()) return null;
  }
}

/** Nodes walked between two yields of `extractBlockSteps`. */
export const STEP_NODES = 500;

/** Extracts text blocks under `root` (an Element, Document or ShadowRoot). */
export function extractBlocks(root: Node, options: BlockTextOptions = {}): TextBlock[] {
  const steps = extractBlockSteps(root, options);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * `extractBlocks` as steps: yields every STEP_NODES nodes and returns the blocks. The page may
 * change between steps; blocks are checked against the live nodes when they are matched.
 */
export function* extractBlockSteps(
  root: Node,
  options: BlockTextOptions = {},
): Generator<void, TextBlock[], undefined> {
  const doc = (root.nodeType === 9 ? root : root.ownerDocument) as Document;
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const NF = view?.NodeFilter ?? (globalThis as { NodeFilter?: typeof NodeFilter }).NodeFilter;
  const SHOW_ELEMENT = NF?.SHOW_ELEMENT ?? 1;
  const SHOW_TEXT = NF?.SHOW_TEXT ?? 4;

  // No node filter: a filter is a call from the browser into this script for every node, which
  // made the walk ten times slower (a 100k-node page: 360 ms with one, 40 ms without). Skipped
  // elements are stepped over here instead, with their subtrees.
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);

  const blocks: TextBlock[] = [];
  let current: TextBlock | null = null;
  let currentContainer: Node | null = null;
  const blockOf = new Map<Node, Node>();

  const blockAncestor = (node: Node): Node => {
    const parent = node.parentNode;
    if (!parent) return root;
    const cached = blockOf.get(parent);
    if (cached) return cached;
    let p: Node | null = parent;
    while (p && p !== root && !(p.nodeType === 1 && BLOCK_TAGS.has(tagOf(p as Element)))) p = p.parentNode;
    const b = p ?? root;
    blockOf.set(parent, b);
    return b;
  };

  const flush = () => {
    if (current && /\S/.test(current.text)) blocks.push(current);
    current = null;
  };

  let walked = 0;
  let node = walker.nextNode();
  while (node) {
    if (++walked % STEP_NODES === 0) yield;
    if (node.nodeType === 1) {
      const el = node as Element;
      if (isSkipped(el, options)) {
        node = nextPastSubtree(walker);
        continue;
      }
      const tag = tagOf(el);
      if (tag === 'BR') {
        const container = blockAncestor(el);
        if (current && container === currentContainer) current.text += '\n';
      } else if (BLOCK_TAGS.has(tag) || tag === 'HR') {
        flush();
        currentContainer = null;
      }
    } else {
      const textNode = node as Text;
      const data = textNode.data;
      if (data) {
        const container = blockAncestor(textNode);
        if (!current || container !== currentContainer) {
          flush();
          current = { text: '', segments: [] };
          currentContainer = container;
        }
        const start = current.text.length;
        current.text += data;
        current.segments.push({ node: textNode, start, end: start + data.length, offset: 0 });
      }
    }
    node = walker.nextNode();
  }
  flush();
  return blocks;
}

/** A sentence end followed by white space: where a long block is cut. */
const SENTENCE_BREAK = /[.!?؟؛;\n\u06d4]\s/g;
const WHITE_SPACE = /\s/g;

/** Last match of `re` ending in (from, to], or -1. */
function lastBreak(text: string, re: RegExp, from: number, to: number): number {
  let found = -1;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index + m[0].length <= to; m = re.exec(text))
    found = m.index + m[0].length;
  return found;
}

/**
 * Cuts a block longer than `maxChars` into pieces of at most `maxChars`, each ending after a
 * sentence end and white space where one exists in its second half (else after white space, else
 * anywhere), so a company name is not cut in two. Pieces keep their text nodes with offsets.
 */
export function splitBlock(block: TextBlock, maxChars: number): TextBlock[] {
  const { text } = block;
  if (text.length <= maxChars) return [block];
  const pieces: TextBlock[] = [];
  let a = 0;
  while (a < text.length) {
    let b = Math.min(text.length, a + maxChars);
    if (b < text.length) {
      const half = a + (maxChars >> 1);
      const cut = lastBreak(text, SENTENCE_BREAK, half, b);
      const space = cut > 0 ? cut : lastBreak(text, WHITE_SPACE, half, b);
      if (space > 0) b = space;
    }
    const segments: TextSegment[] = [];
    for (const s of block.segments) {
      if (s.end <= a || s.start >= b) continue;
      const start = Math.max(s.start, a);
      segments.push({
        node: s.node,
        start: start - a,
        end: Math.min(s.end, b) - a,
        offset: s.offset + start - s.start,
      });
    }
    pieces.push({ text: text.slice(a, b), segments });
    a = b;
  }
  return pieces;
}
