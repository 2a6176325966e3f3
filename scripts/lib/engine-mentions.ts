// A fresh scan of an HTML document by the engine in Node: the block extraction the content
// script uses (lib/scanner/block-text.ts, here on happy-dom) and one matcher document for the
// page. Shared by `npm run eval` and the page-safety tests, which compare the extension's mentions
// API against it.
import { htmlBlocks } from './html-blocks';
import type { Matcher } from '../../lib/matcher/index';
import type { MentionReport } from '../../lib/messaging/protocol';

/** The engine's mentions of an HTML document, in document order, as the mentions API reports them. */
export function engineMentions(matcher: Matcher, html: string): MentionReport[] {
  const blocks = htmlBlocks(html);
  const md = matcher.createDocument();
  blocks.forEach((b, i) => md.setBlock(i, b.text));
  const resolved = md.resolve();
  const mentions = blocks.flatMap((b, i) =>
    (resolved.get(i) ?? []).map((m) => ({ entityId: m.entityId, text: b.text.slice(m.start, m.end) })),
  );
  return mentions;
}
