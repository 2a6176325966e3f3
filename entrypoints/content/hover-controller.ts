/**
 * Hover mechanics of the card (WCAG 1.4.13): hit-testing throttled to animation frames, an intent
 * delay before showing, a grace period so the pointer can travel onto the card, Escape closes,
 * no auto-timeout; a tap opens the card on touch. Highlights take no events, so one passive
 * pointermove listener does the work; clicks are never intercepted, so links keep working.
 */
import { mentionAtPoint } from '../../lib/highlight/hit-test';
import type { MentionRecord, MentionsIndex } from '../../lib/highlight/mentions-index';
import type { HoverStore } from '../../lib/state/hover-store';
import { measured } from '../../lib/scanner/task-stats';

/** Time the pointer may spend between the mention and the card before the card closes. */
export const HIDE_GRACE_MS = 300;

export interface HoverControllerOptions {
  index: MentionsIndex;
  store: HoverStore;
  signal: AbortSignal;
  delayMs: () => number;
  /** Opens the card for a mention (mounting the UI on first use). */
  open: (mention: MentionRecord, takeFocus: boolean) => void;
  /** The pointer rests on a mention: load what a card needs, so it is ready after the delay. */
  prepare: () => void;
  /** The card's host element, once mounted. */
  host: () => Element | null;
  /** Closes the card on the user's request (Escape), giving focus back where it was. */
  requestClose: () => void;
}

export function startHoverController(o: HoverControllerOptions): { close: () => void } {
  let frame = 0;
  let last: { x: number; y: number; inCard: boolean } | null = null;
  let pending: MentionRecord | null = null;
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;

  const clearShow = () => {
    clearTimeout(showTimer);
    showTimer = undefined;
    pending = null;
  };
  const clearHide = () => {
    clearTimeout(hideTimer);
    hideTimer = undefined;
  };
  const close = () => {
    clearShow();
    clearHide();
    if (o.store.getState().open) o.store.getState().close();
  };

  const check = () => {
    frame = 0;
    if (!last || o.signal.aborted) return;
    const state = o.store.getState();
    if (last.inCard) {
      clearHide();
      clearShow();
      return;
    }
    const m = mentionAtPoint(o.index, last.x, last.y);
    if (m && state.open && state.mentionId === m.id) {
      clearHide();
      clearShow();
      return;
    }
    if (m) {
      if (pending?.id === m.id) return;
      clearShow();
      pending = m;
      o.prepare();
      showTimer = setTimeout(() => {
        const target = pending;
        clearShow();
        clearHide();
        if (target) o.open(target, false);
      }, o.delayMs());
      return;
    }
    clearShow();
    // Keyboard-opened cards stay until Escape or the close command.
    if (state.open && !state.takeFocus && !hideTimer) hideTimer = setTimeout(close, HIDE_GRACE_MS);
  };

  const inCard = (e: Event) => {
    const host = o.host();
    return host !== null && e.composedPath().includes(host);
  };

  const onMove = (e: PointerEvent) => {
    if (e.pointerType === 'touch') return;
    last = { x: e.clientX, y: e.clientY, inCard: inCard(e) };
    if (!frame) frame = requestAnimationFrame(measured('hover', check));
  };

  const onDown = (e: PointerEvent) => {
    if (inCard(e)) return;
    const m = mentionAtPoint(o.index, e.clientX, e.clientY);
    if (m && e.pointerType !== 'mouse') {
      clearHide();
      o.open(m, false);
    } else if (!m && o.store.getState().open) o.requestClose();
  };

  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && o.store.getState().open) o.requestClose();
  };

  const opts = { capture: true, passive: true, signal: o.signal };
  document.addEventListener('pointermove', measured('pointer', onMove), opts);
  document.addEventListener('pointerdown', measured('pointer', onDown), opts);
  window.addEventListener('keydown', measured('keyboard', onKey), opts);
  o.signal.addEventListener('abort', () => {
    if (frame) cancelAnimationFrame(frame);
    clearShow();
    clearHide();
  });
  return { close };
}
