// The reference the page tests compare against: the same block extraction and the same engine,
// run in Node (happy-dom) on a page's final HTML. If the extension's mentions API equals this,
// its incremental, budgeted, mutation-driven scanning lost nothing and invented nothing.
import { readFileSync } from 'node:fs';
import { engineMentions } from '../../scripts/lib/engine-mentions';
import { loadMatcher, type Matcher } from '../../lib/matcher/index';
import type { MentionReport } from '../../lib/messaging/protocol';

let matcher: Matcher | null = null;

/** The curated matcher, loaded once from the compiled artifact. */
export function curatedMatcher(): Matcher {
  matcher ??= loadMatcher(JSON.parse(readFileSync('data/generated/matcher-curated.json', 'utf8')));
  return matcher;
}

/** Mentions of an HTML document (entity id and original text, document order), as a fresh scan finds them. */
export function referenceMentions(html: string): MentionReport[] {
  return engineMentions(curatedMatcher(), html);
}

/** Compact form for readable assertion diffs: `entity:text`. */
export function asKeys(mentions: MentionReport[]): string[] {
  return mentions.map((m) => `${m.entityId}:${m.text.replace(/\s+/g, ' ')}`);
}
