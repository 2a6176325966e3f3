// The names index is bundled into the content script (no fetch: the extension makes no requests,
// not even for its own files). Only names and context words — card details stay in the background.
// It ships as the artifact's JSON text: a string literal costs the page almost nothing to parse
// when the content script loads at document_start, where an object literal of this size would
// be parsed in full on every page. It is parsed and decoded once, when the scan starts.
import curatedJson from '../../data/generated/matcher-curated.json?raw';
import { verifyArtifact } from '../../lib/data/artifact';
import { loadMatcherSteps, type Matcher } from '../../lib/matcher/index';
import { MATCHER_FORMAT_VERSION, MATCHER_KIND, type MatcherPayload } from '../../lib/matcher/types';
import { measureTask } from '../../lib/scanner/task-stats';

let matcher: Matcher | null = null;
let loading: Promise<Matcher> | null = null;

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
export function loadCuratedMatcher(): Promise<Matcher> {
  loading ??= decodeInSteps();
  return loading;
}

async function decodeInSteps(): Promise<Matcher> {
  let steps: Generator<void, Matcher, undefined> | null = null;
  for (;;) {
    let done: Matcher | null = null;
    measureTask('index-decode', () => {
      if (!steps) {
        // Kind and format version are checked here; the checksum was verified when the artifact
        // was built and is verified by the tests, not again on every page.
        const payload = verifyArtifact<MatcherPayload>(
          JSON.parse(curatedJson),
          MATCHER_KIND,
          MATCHER_FORMAT_VERSION,
          {
            checksum: false,
          },
        );
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
