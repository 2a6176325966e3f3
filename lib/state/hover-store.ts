import { createStore } from 'zustand/vanilla';
import type { UiLanguage } from '../i18n/language';

/** What the card is positioned against: a mention's live Range (floating-ui virtual element). */
export interface CardAnchor {
  getBoundingClientRect(): DOMRect;
  getClientRects(): DOMRectList | DOMRect[];
}

export interface HoverState {
  open: boolean;
  /** Mention the card belongs to (null when closed). */
  mentionId: number | null;
  anchor: CardAnchor | null;
  /** Entities shown in this card, oldest first; the last one is on screen (card-to-card links). */
  entityStack: string[];
  /** Set when the card was opened from the keyboard: it takes focus, and gives it back on close. */
  takeFocus: boolean;
  language: UiLanguage;
  /** Bumped on every open, so the card can drop stale lookups. */
  openCount: number;
  openCard(args: { mentionId: number; entityId: string; anchor: CardAnchor; takeFocus?: boolean }): void;
  /** Shows another entity in the open card (an investor or provider named in it). */
  showEntity(entityId: string): void;
  back(): void;
  close(): void;
  setLanguage(language: UiLanguage): void;
}

/**
 * State of the hover card, for one content script. Timers, hit-testing and messaging live
 * outside (entrypoints/content/hover-controller.ts, components/hover-card/HoverCardRoot.tsx).
 */
export function createHoverStore(language: UiLanguage) {
  return createStore<HoverState>()((set) => ({
    open: false,
    mentionId: null,
    anchor: null,
    entityStack: [],
    takeFocus: false,
    language,
    openCount: 0,
    openCard: ({ mentionId, entityId, anchor, takeFocus = false }) =>
      set((s) => ({
        open: true,
        mentionId,
        anchor,
        entityStack: [entityId],
        takeFocus,
        openCount: s.openCount + 1,
      })),
    showEntity: (entityId) => set((s) => ({ entityStack: [...s.entityStack, entityId] })),
    back: () =>
      set((s) => ({ entityStack: s.entityStack.length > 1 ? s.entityStack.slice(0, -1) : s.entityStack })),
    close: () => set({ open: false, mentionId: null, anchor: null, entityStack: [], takeFocus: false }),
    setLanguage: (language) => set({ language }),
  }));
}

export type HoverStore = ReturnType<typeof createHoverStore>;
