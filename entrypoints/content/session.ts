/**
 * One page session: settings and per-site state decide whether Siyaq runs; while it runs, the
 * scanner fills the mentions index, the highlighter mirrors it, the hover controller opens the
 * card. Every piece is bound to an AbortSignal, so turning Siyaq off (globally or for the site)
 * or an SPA navigation tears it down completely: no highlight, listener or observer stays.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { uiLanguageFor } from '../../lib/i18n/browser-language';
import { isLive, MentionsIndex, type MentionRecord } from '../../lib/highlight/mentions-index';
import { createWindowedHighlights, type WindowedHighlights } from '../../lib/highlight/windowed-highlights';
import {
  adoptHighlightStyles,
  createHighlighter,
  supportsHighlights,
  type Highlighter,
  type MentionStyle,
} from '../../lib/highlight/register';
import { sendToBackground } from '../../lib/messaging/send';
import type { MentionsReport } from '../../lib/messaging/protocol';
import { PageScanner } from '../../lib/scanner/page-scanner';
import { observeMutations } from '../../lib/scanner/observe-mutations';
import { measureTask, taskStats } from '../../lib/scanner/task-stats';
import { createHoverStore } from '../../lib/state/hover-store';
import { readPageState, watchPageState, type PageState } from '../../lib/storage/page-state';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/storage/settings-values';
import { startHoverController } from './hover-controller';
import { loadCardModule } from './card-loader';
import { loadCuratedMatcher, loadedMatcher, nextTask } from './matcher';

/** Mentions read per task when the mentions API is asked (each a few milliseconds). */
const REPORT_CHUNK = 4000;

interface Running {
  controller: AbortController;
  index: MentionsIndex;
  scanner: PageScanner;
  highlighter: Highlighter;
  highlights: WindowedHighlights;
  closeCard: () => void;
}

/** Resolves once the document is parsed and the browser had a moment of idle time (as document_idle). */
export function whenDocumentIdle(ctx: ContentScriptContext): Promise<void> {
  return new Promise((resolve) => {
    const idle = () => ctx.requestIdleCallback(() => resolve(), { timeout: 1000 });
    if (document.readyState === 'loading')
      ctx.addEventListener(document, 'DOMContentLoaded', idle, { once: true });
    else idle();
  });
}

export function createPageSession(ctx: ContentScriptContext) {
  let settings: Settings = DEFAULT_SETTINGS;
  let disabledSites: string[] = [];
  let excluded: string[] = [];
  let watched = new Set<string>();
  let listed = new Set<string>();
  let running: Running | null = null;
  let initialized = false;
  let reported = '';
  let focusBeforeCard: Element | null = null;
  const store = createHoverStore(uiLanguageFor(settings.uiLanguage));
  let card: Promise<{ host: Element; remove: () => void }> | null = null;
  let cardHost: Element | null = null;

  const isActive = () =>
    settings.enabled && !disabledSites.includes(location.hostname.toLowerCase()) && supportsHighlights();

  /** The mentions the page shows (all, or the first of each entity), in document order. */
  const visibleMentions = (): readonly MentionRecord[] => {
    const all = running?.index.all() ?? [];
    if (!settings.firstMentionOnly) return all;
    const seen = new Set<string>();
    return all.filter((m) => !seen.has(m.entityId) && seen.add(m.entityId));
  };

  const styleOf = (m: MentionRecord): MentionStyle => {
    const w = watched.has(m.entityId);
    const l = listed.has(m.entityId);
    return w && l ? 'watched-listed' : w ? 'watched' : l ? 'listed' : 'plain';
  };

  const reportEntities = () => {
    const ids =
      settings.firstMentionOnly || !running
        ? [...new Set(visibleMentions().map((m) => m.entityId))].sort()
        : running.index.entityIds();
    const key = ids.join(',');
    if (key === reported) return;
    reported = key;
    sendToBackground('siyaq:page-entities-changed', { entityIds: ids }).catch(() => {});
  };

  /** Style inputs changed (watchlist, official-list marks, first mention only): restyle now. */
  const restyle = () => running?.highlights.restyle();

  const openCard = (mention: MentionRecord, takeFocus: boolean) => {
    const mounting = (card ??= loadCardModule().then(async ({ mountHoverCard }) => {
      const mounted = await mountHoverCard(ctx, store, { onClose: closeCard });
      cardHost = mounted.host;
      return mounted;
    }));
    mounting.then(
      () => {
        if (!running) return;
        // Remember where focus was, unless it is already in the card (stepping from card to card).
        if (takeFocus && document.activeElement !== cardHost) focusBeforeCard = document.activeElement;
        store
          .getState()
          .openCard({ mentionId: mention.id, entityId: mention.entityId, anchor: mention.range, takeFocus });
      },
      (error: unknown) => {
        // The card could not load (the background did not answer): tried again on the next open.
        taskStats.errors++;
        console.error('Siyaq:', error);
        if (card === mounting) card = null;
      },
    );
  };

  const closeCard = () => {
    // Focus goes back where it was when the card took it — also if a hover replaced that card.
    const focusInCard = cardHost !== null && document.activeElement === cardHost;
    const wasFocused = store.getState().takeFocus || focusInCard;
    running?.closeCard();
    store.getState().close();
    const target = focusBeforeCard;
    focusBeforeCard = null;
    if (!wasFocused || !(target instanceof HTMLElement)) return;
    // Now, and again once React has removed the card: removing the element that had focus can
    // otherwise leave focus on <body> (seen in Chromium when the close comes from a keystroke).
    const restore = () => {
      const active = document.activeElement;
      if (target.isConnected && (active === cardHost || active === document.body || active === null))
        target.focus();
    };
    target.focus();
    setTimeout(restore, 0);
    requestAnimationFrame(restore);
  };

  const stop = () => {
    if (!running) return;
    running.controller.abort();
    running.highlighter.clear();
    running.index.clear();
    store.getState().close();
    running = null;
    // The card's host leaves the page too; it is created again on the next open.
    void card?.then(
      (mounted) => mounted.remove(),
      () => {},
    );
    card = null;
    cardHost = null;
    if (reported) sendToBackground('siyaq:page-entities-changed', { entityIds: [] }).catch(() => {});
    reported = '';
  };

  /** The names index did not arrive (the background did not answer): no scan on this page for now. */
  const failedToLoad = (error: unknown) => {
    taskStats.errors++;
    console.error('Siyaq: the names index could not be loaded', error);
  };

  const start = () => {
    stop();
    if (!isActive()) return;
    const matcher = loadedMatcher();
    if (!matcher) {
      // Turned on after the page loaded: decode the names index (in its own tasks), then start.
      loadCuratedMatcher().then(() => measureTask('start', start), failedToLoad);
      return;
    }
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    const index = new MentionsIndex();
    const highlighter = createHighlighter(settings.highlightStyle);
    const highlights = createWindowedHighlights({
      highlighter,
      mentions: visibleMentions,
      count: () => index.size,
      styleOf,
      measure: (sync) => measureTask('highlights', sync),
      onSynced: reportEntities,
      signal: controller.signal,
    });
    const scanner = new PageScanner({
      matcher,
      index,
      signal: controller.signal,
      excludedTerms: excluded,
      onChange: () => highlights.changed(),
      // The initial scan's last highlights are drawn as soon as it ends.
      onDone: () => highlights.flush(),
      // A page's open shadow roots get the highlight styles (document styles do not reach into
      // them) and their own observer; both go when the session stops.
      onShadowRoot: (shadow) => {
        const unadopt = adoptHighlightStyles(shadow);
        controller.signal.addEventListener('abort', unadopt);
        observeMutations(shadow, controller.signal, (batch) => scanner.rescan(batch.roots, batch.removed));
      },
    });
    const hover = startHoverController({
      index,
      store,
      signal: controller.signal,
      delayMs: () => settings.hoverDelayMs,
      open: openCard,
      prepare: () => void loadCardModule().catch(() => {}),
      host: () => cardHost,
      requestClose: () => closeCard(),
    });
    running = { controller, index, scanner, highlighter, highlights, closeCard: hover.close };
    observeMutations(document.body, controller.signal, (batch) => scanner.rescan(batch.roots, batch.removed));
    // A page that swaps <body> itself (not its content) leaves the observer on the old one: start over.
    const bodySwap = new MutationObserver(
      () => document.body !== observedBody && measureTask('start', start),
    );
    const observedBody = document.body;
    bodySwap.observe(document.documentElement, { childList: true });
    controller.signal.addEventListener('abort', () => bodySwap.disconnect());
    scanner.start();
  };

  /** Opens the card of the next / previous visible mention (keyboard commands, popup reveal). */
  const step = (direction: 'next' | 'previous' | 'close', entityId?: string): string | null => {
    if (direction === 'close') {
      closeCard();
      return null;
    }
    const mentions = visibleMentions();
    const n = mentions.length;
    if (!n) return null;
    let target: MentionRecord | undefined;
    if (entityId) target = mentions.find((m) => m.entityId === entityId && isLive(m));
    else {
      // From the open card's mention (or from the start / end) to the next live one, either way.
      const at = mentions.findIndex((m) => m.id === store.getState().mentionId);
      const delta = direction === 'next' ? 1 : n - 1;
      let i = at < 0 ? (direction === 'next' ? 0 : n - 1) : (at + delta) % n;
      for (let tries = 0; tries < n && !isLive(mentions[i]!); tries++) i = (i + delta) % n;
      target = isLive(mentions[i]!) ? mentions[i] : undefined;
    }
    if (!target) return null;
    target.range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
    openCard(target, true);
    return target.entityId;
  };

  /**
   * The mentions API's answer. Reading tens of thousands of ranges (a 1 MB page) is split into
   * measured tasks of REPORT_CHUNK mentions, so asking (the popup does) never blocks the page.
   */
  const report = async (): Promise<MentionsReport> => {
    const url = location.href;
    // Not done until the settings are read and, when Siyaq runs here, the initial scan finished
    // (onDone flushes the waiting highlight sync).
    const done = initialized && (running ? running.scanner.done : true);
    let list: readonly MentionRecord[] = [];
    measureTask('mentions-api', () => {
      list = visibleMentions();
    });
    const mentions: MentionsReport['mentions'] = [];
    for (let from = 0; from < list.length; from += REPORT_CHUNK) {
      if (from > 0) await nextTask();
      measureTask('mentions-api', () => {
        // The range's text: the page's own characters, without an attached Arabic clitic.
        for (const m of list.slice(from, from + REPORT_CHUNK))
          if (isLive(m)) mentions.push({ entityId: m.entityId, text: m.range.toString() });
      });
    }
    return { url, done, mentions, stats: { ...taskStats, msByKind: { ...taskStats.msByKind } } };
  };

  const init = async () => {
    const state = await readPageState();
    settings = state.settings;
    disabledSites = state.disabledSites;
    excluded = state.excludedTerms;
    watched = new Set(state.watchedIds);
    store.getState().setLanguage(uiLanguageFor(settings.uiLanguage));
    if (isActive()) {
      // Decoding the names index is the biggest piece of start-up work: its own tasks.
      await nextTask();
      try {
        await loadCuratedMatcher();
      } catch (error) {
        failedToLoad(error);
      }
      await nextTask();
    }
    measureTask('start', start);
    // The "official list" marker arrives from the background; scanning does not wait for it.
    sendToBackground('siyaq:get-page-marks', {})
      .then((marks) => {
        listed = new Set(marks.listed);
        measureTask('highlights', restyle);
      })
      .catch(() => {});
    initialized = true;
    const unwatch = watchPageState((change) => measureTask('settings', () => onStateChange(change)));
    ctx.onInvalidated(unwatch);
    // Single-page-app navigation: the old page's mentions go, the new page is scanned afresh.
    ctx.addEventListener(window, 'wxt:locationchange', () => running && measureTask('start', start));
  };

  /** Settings, site list, exclusions or watchlist changed in storage (one measured task). */
  const onStateChange = (change: Partial<PageState>) => {
    if (change.settings) {
      const prev = settings;
      settings = change.settings;
      store.getState().setLanguage(uiLanguageFor(settings.uiLanguage));
      if (prev.enabled !== settings.enabled) start();
      else if (running && prev.highlightStyle !== settings.highlightStyle)
        running.highlighter.setMarking(settings.highlightStyle);
      if (prev.firstMentionOnly !== settings.firstMentionOnly) restyle();
    }
    if (change.disabledSites) {
      const was = isActive();
      disabledSites = change.disabledSites;
      if (was !== isActive()) start();
    }
    if (change.excludedTerms) {
      excluded = change.excludedTerms;
      if (running) start();
    }
    if (change.watchedIds) {
      watched = new Set(change.watchedIds);
      restyle();
    }
  };

  return { init, stop, report, step };
}
