/**
 * The one MutationObserver. Its callback only queues work (uBlock: never work inside observer
 * callbacks): changed roots are collected and handed to the scanner in one batch per frame.
 *
 * - added element that is a block → that element; added text or inline content → the block
 *   container it landed in (its blocks change);
 * - removed nodes → their old blocks are dropped, and their former container is rescanned when
 *   removing inline content changed a block's text;
 * - changed text (characterData) → the text node's block container;
 * - anything inside Siyaq's own UI host is ignored; roots inside another queued root are dropped.
 */
import { blockContainerOf, isBlockElement, isOwnUi } from './dom-rules';
import { measured } from './task-stats';

/** Batching delay of mutation roots. */
export const FLUSH_DELAY_MS = 50;

export interface MutationBatch {
  roots: Node[];
  removed: Node[];
}

let changes = 0;

/**
 * How many times the observers have seen the page change (text or children, outside Siyaq's UI).
 * Observer callbacks run as microtasks, so every change made before the current task is counted:
 * a job that reads the same count as an earlier job knows the observed DOM has not changed in
 * between, and can skip re-reading the text of what it extracted then.
 */
export function pageChangeCount(): number {
  return changes;
}

/** pageChangeCount just after each text node's last observed change of its characters. */
const textChangedAt = new WeakMap<Node, number>();

/**
 * Whether the page changed the characters of text node `node` after pageChangeCount was `count`
 * (as observed by the time of the call: a change made earlier in the current task counts once its
 * record is delivered). A scan compares this, not the text: no copy and no pass over a block's
 * characters to tell that it is still what was matched.
 */
export function textChangedSince(node: Node, count: number): boolean {
  const at = textChangedAt.get(node);
  return at !== undefined && at > count;
}

function isOwnNode(node: Node): boolean {
  return node.nodeType === 1 && isOwnUi(node as Element);
}

/** Starts observing `root`; `onBatch` gets deduplicated roots at most once per FLUSH_DELAY_MS (a timer, not a frame: frames stop in background tabs). */
export function observeMutations(
  root: Node,
  signal: AbortSignal,
  onBatch: (batch: MutationBatch) => void,
): void {
  let roots = new Set<Node>();
  let removed: Node[] = [];
  let frame: ReturnType<typeof setTimeout> | 0 = 0;

  const flush = measured('mutations', () => {
    frame = 0;
    if (signal.aborted) return;
    const list = [...roots].filter((n) => !hasAncestorIn(n, roots));
    const gone = removed;
    roots = new Set();
    removed = [];
    if (list.length || gone.length) onBatch({ roots: list, removed: gone });
  });

  const observer = new MutationObserver(
    measured('mutations', (records: MutationRecord[]) => {
      if (records.some((r) => !isOwnNode(r.target))) changes++;
      for (const record of records) {
        if (record.type === 'characterData') {
          textChangedAt.set(record.target, changes);
          const c = blockContainerOf(record.target);
          if (c) roots.add(c);
          continue;
        }
        if (isOwnNode(record.target)) continue;
        let inlineChange = false;
        for (const node of record.addedNodes) {
          if (isOwnNode(node)) continue;
          if (node.nodeType === 1 && isBlockElement(node as Element)) roots.add(node);
          else if (node.nodeType === 1 || node.nodeType === 3) inlineChange = true;
        }
        for (const node of record.removedNodes) {
          if (isOwnNode(node)) continue;
          removed.push(node);
          if (!(node.nodeType === 1 && isBlockElement(node as Element))) inlineChange = true;
        }
        if (inlineChange) {
          const c = blockContainerOf(record.target);
          if (c) roots.add(c);
        }
      }
      if (!frame && (roots.size || removed.length)) frame = setTimeout(flush, FLUSH_DELAY_MS);
    }),
  );
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (frame) clearTimeout(frame);
  });
}

function hasAncestorIn(node: Node, set: Set<Node>): boolean {
  for (let p = node.parentNode; p; p = p.parentNode) if (set.has(p)) return true;
  return false;
}
