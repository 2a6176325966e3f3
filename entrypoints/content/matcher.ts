// The names index (names and context words; card details stay in the background too) is asked
// from the background once per page, when a scan starts, as the artifact's JSON text: no fetch
// (the extension makes no requests, not even for its own files), and no copy in the content
// script's bundle. Bundled, its half a megabyte would be compiled on every page and kept as a
// string in every tab's heap; this way the text is dropped once it is decoded.
import { verifyArtifact } from '../../lib/data/artifact';
import { loadMatcherSteps, type Matcher } from '../../lib/matcher/index';
import { MATCHER_FORMAT_VERSION, MATCHER_KIND, type MatcherPayload } from '../../lib/matcher/types';
import { sendToBackground } from '../../lib/messaging/send';
import { measureTask } from '../../lib/scanner/task-stats';
import { loadOnce } from './load-once';

let matcher: Matcher | null = null;

let channel: MessageChannel | null = null;
const waiting: (() => void)[] = [];

/**
 * Resolves in a new task, so the work before and after are separate tasks for the page. A private
 * MessageChannel, not setTimeout: browsers clamp timers in background tabs to a second each, and
 * the index is decoded in about ten steps (a page opened in a background tab was scanned only
 * after ten seconds or more). The page does not see these messages.
 */
export function nextTask(): Promise<void> {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  const port = channel.port2;
  return new Promise((resolve) => {
    waiting.push(resolve);
    port.postMessage(null);
  });
}

/**
 * Decodes the curated names matcher once per page, one measured task per step (parse, class
 * tables, automaton, expansion, rest): on a cold page each step is milliseconds, the whole tens.
 */
export const loadCuratedMatcher: () => Promise<Matcher> = loadOnce(decodeInSteps);

async function decodeInSteps(): Promise<Matcher> {
  let json: string | null = (await sendToBackground('siyaq:get-names-index', {})).json;
  let steps: Generator<void, Matcher, undefined> | null = null;
  for (;;) {
    let done: Matcher | null = null;
    measureTask('index-decode', () => {
      if (!steps) {
        // Kind and format version are checked here; the checksum was verified when the artifact
        // was built and is verified by the tests, not again on every page.
        const payload = verifyArtifact<MatcherPayload>(
          JSON.parse(json!),
          MATCHER_KIND,
          MATCHER_FORMAT_VERSION,
          {
            checksum: false,
          },
        );
        json = null;
        steps = loadMatcherSteps(payload);
        return;
      }
      const r = steps.next();
      if (r.done) done = r.value;
    });
    if (done) return (matcher = done);
    await nextTask();
  }
}

/** The curated names matcher if loadCuratedMatcher has finished, else null. */
export function loadedMatcher(): Matcher | null {
  return matcher;
}
