/**
 * Pointer position → mention. Highlights take no events, so the text under the pointer is found
 * with `document.caretPositionFromPoint` (Chrome 128+, Firefox), looked up in the mentions index,
 * and confirmed against the range's client rects (a caret position is also reported when the
 * pointer is beside the text, past the end of a line).
 */
import type { MentionRecord, MentionsIndex } from './mentions-index';

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as CaretDocument;
  if (doc.caretPositionFromPoint) {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = doc.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/** Slack around a rect, in CSS px, so the pointer on the underline still counts. */
const RECT_SLACK_PX = 2;

/** Whether (x, y) lies in one of the range's client rects. */
export function rangeContainsPoint(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    if (
      x >= r.left - RECT_SLACK_PX &&
      x <= r.right + RECT_SLACK_PX &&
      y >= r.top - RECT_SLACK_PX &&
      y <= r.bottom + RECT_SLACK_PX
    )
      return true;
  }
  return false;
}

/** The mention under the viewport point (x, y), or null. */
export function mentionAtPoint(index: MentionsIndex, x: number, y: number): MentionRecord | null {
  const caret = caretAt(x, y);
  if (!caret || caret.node.nodeType !== 3) return null;
  for (const m of index.at(caret.node as Text)) {
    if (rangeContainsPoint(m.range, x, y)) return m;
  }
  return null;
}
