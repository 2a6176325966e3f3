// An HTML document's text blocks in Node: the content script's block extraction
// (lib/scanner/block-text.ts) on happy-dom, with scripts, script files and style sheets off.
import { Window } from 'happy-dom';
import { extractBlocks, type TextBlock } from '../../lib/scanner/block-text';

/** The text blocks of an HTML document (their `text`; the nodes belong to a closed window). */
export function htmlBlocks(html: string): TextBlock[] {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
    },
  });
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const blocks = extractBlocks(doc);
  void window.happyDOM.close();
  return blocks;
}
