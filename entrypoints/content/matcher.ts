// The names index is bundled into the content script (no fetch: the extension makes no requests,
// not even for its own files). Only names and context words — card details stay in the background.
import curated from '../../data/generated/matcher-curated.json' with { type: 'json' };
import { loadMatcher, type Matcher } from '../../lib/matcher/index';

let matcher: Matcher | null = null;

/** The curated names matcher, decoded once per page. */
export function curatedMatcher(): Matcher {
  matcher ??= loadMatcher(curated as unknown);
  return matcher;
}
