/**
 * Underlines mentions with the CSS Custom Highlight API: named `Highlight`s in `CSS.highlights`,
 * styled by `::highlight()` rules in a constructable stylesheet adopted by the document. Page
 * text, nodes and attributes are never touched (no wrappers, no <style> in the page), so
 * hydration and Arabic letter joining are safe, and a page CSP (style-src) does not apply.
 *
 * Adding a stylesheet to a laid-out document invalidates style for the whole page: on a long page
 * Chromium then lays it out again (measured: over a second for 1 MB of text). So the sheet is
 * adopted once, at document_start, before the first layout (`adoptHighlightStyles`), and never
 * changed afterwards: it holds the rules of both marking styles under different highlight names,
 * and switching style moves the ranges from one set of names to the other.
 */
import type { MentionRecord } from './mentions-index';

export type MentionStyle = 'plain' | 'watched' | 'listed' | 'watched-listed';
export type MarkingStyle = 'underline' | 'background';

/** `siyaq-<style>` for underlines, `siyaq-<style>-bg` for the tinted-background marking. */
export function highlightName(style: MentionStyle, marking: MarkingStyle): string {
  return `siyaq-${style}${marking === 'background' ? '-bg' : ''}`;
}

const STYLES: MentionStyle[] = ['plain', 'watched', 'listed', 'watched-listed'];

/**
 * Colours readable on light and dark pages: mid-tone hues with contrast against both white and
 * near-black; `::highlight` only allows colour, background and text-decoration.
 */
export const HIGHLIGHT_CSS = `
::highlight(siyaq-plain) { text-decoration: underline 2px rgb(37 132 255 / 0.85); }
::highlight(siyaq-plain-bg) { text-decoration: underline 2px rgb(37 132 255 / 0.85); background-color: rgb(37 132 255 / 0.16); }
::highlight(siyaq-watched), ::highlight(siyaq-watched-bg) { text-decoration: underline 3px rgb(234 140 0); background-color: rgb(245 158 11 / 0.22); }
::highlight(siyaq-listed) { text-decoration: underline wavy 2px rgb(225 29 72); }
::highlight(siyaq-listed-bg) { text-decoration: underline wavy 2px rgb(225 29 72); background-color: rgb(225 29 72 / 0.13); }
::highlight(siyaq-watched-listed), ::highlight(siyaq-watched-listed-bg) { text-decoration: underline wavy 3px rgb(225 29 72); background-color: rgb(245 158 11 / 0.24); }
`;

/** Whether the browser has the Custom Highlight API (Chrome 105+, Firefox 140+). */
export function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Adopts the `::highlight` stylesheet into the document; returns a function removing it. */
export function adoptHighlightStyles(doc: Document | ShadowRoot = document): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(HIGHLIGHT_CSS);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return () => {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

export interface Highlighter {
  /**
   * Makes these mentions, with these styles, the registered ranges: only the difference from what
   * is registered is applied (a range whose style changed moves to the other highlight).
   */
  sync(mentions: readonly MentionRecord[], styleOf: (m: MentionRecord) => MentionStyle): void;
  /** Switches between underline and background marking (moves the ranges; the sheet stays). */
  setMarking(marking: MarkingStyle): void;
  /** Removes every Siyaq highlight from the page. */
  clear(): void;
}

export function createHighlighter(initial: MarkingStyle): Highlighter {
  let marking = initial;
  const highlights = new Map<MentionStyle, Highlight>(STYLES.map((s) => [s, new Highlight()]));
  const register = () => {
    for (const s of STYLES) {
      CSS.highlights.delete(highlightName(s, marking === 'underline' ? 'background' : 'underline'));
      CSS.highlights.set(highlightName(s, marking), highlights.get(s)!);
    }
  };
  register();
  let registered = new Map<MentionRecord, MentionStyle>();
  return {
    sync(mentions, styleOf) {
      const next = new Map<MentionRecord, MentionStyle>();
      for (const m of mentions) next.set(m, styleOf(m));
      for (const [m, style] of registered) if (next.get(m) !== style) highlights.get(style)!.delete(m.range);
      for (const [m, style] of next) if (registered.get(m) !== style) highlights.get(style)!.add(m.range);
      registered = next;
    },
    setMarking(next) {
      if (next === marking) return;
      marking = next;
      register();
    },
    clear() {
      registered = new Map();
      for (const s of STYLES) {
        highlights.get(s)!.clear();
        for (const m of ['underline', 'background'] as const) {
          if (CSS.highlights.get(highlightName(s, m)) === highlights.get(s))
            CSS.highlights.delete(highlightName(s, m));
        }
      }
    },
  };
}
