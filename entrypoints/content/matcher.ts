// The names index is bundled into the content script (no fetch: the extension makes no requests,
// not even for its own files). Only names and context words — card details stay in the background.
// It ships as the artifact's JSON text: a string literal costs the page almost nothing to parse
// when the content script loads at document_start, where an object literal of 250 KB would be
// parsed in full on every page. The text is parsed and decoded once, when the scan starts.
import curatedJson from '../../data/generated/matcher-curated.json?raw';
import { verifyArtifact } from '../../lib/data/artifact';
import { loadMatcher, type Matcher } from '../../lib/matcher/index';
import { MATCHER_FORMAT_VERSION, MATCHER_KIND, type MatcherPayload } from '../../lib/matcher/types';

let matcher: Matcher | null = null;

/** The curated names matcher, decoded once per page. */
export function curatedMatcher(): Matcher {
  // Kind and format version are checked here; the checksum was verified when the artifact was
  // built and is verified by `npm run eval` and the tests, not again on every page.
  matcher ??= loadMatcher(
    verifyArtifact<MatcherPayload>(JSON.parse(curatedJson), MATCHER_KIND, MATCHER_FORMAT_VERSION, {
      checksum: false,
    }),
    { allowBare: true },
  );
  return matcher;
}
