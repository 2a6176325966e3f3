import { create } from 'zustand';
import type { MentionsReport } from '../messaging/protocol';
import type { DeletedWatchlist } from '../storage/watchlists';
import { fetchMentions, resolveTargetTabId } from '../watchlists/target-tab';

/** How often the popup re-reads the page's mentions while open (the page may still be loading). */
export const MENTIONS_REFRESH_MS = 1000;

/** Side effects the store calls; replaced in tests. */
export interface PopupDeps {
  resolveTab: (search: string) => Promise<number | null>;
  fetchMentions: (tabId: number) => Promise<MentionsReport | null>;
}

export interface PopupState {
  /** undefined while resolving; null when there is no page tab. */
  tabId: number | null | undefined;
  /** undefined until asked; null when the page has no content script (not supported). */
  report: MentionsReport | null | undefined;
  /** Entity whose details view is open. */
  detailsId: string | null;
  /** The last deleted list, offered for undo. */
  undo: DeletedWatchlist | null;
  /** Message key of the last failed action, shown in an alert. */
  error: string | null;
  start(search: string): () => void;
  refreshMentions(): Promise<void>;
  openDetails(entityId: string | null): void;
  setUndo(deleted: DeletedWatchlist | null): void;
  setError(key: string | null): void;
}

/** Creates the popup's UI store (one per popup page). */
export function createPopupStore(deps: PopupDeps = { resolveTab: resolveTargetTabId, fetchMentions }) {
  return create<PopupState>()((set, get) => ({
    tabId: undefined,
    report: undefined,
    detailsId: null,
    undo: null,
    error: null,
    start(search) {
      let timer: ReturnType<typeof setInterval> | undefined;
      let stopped = false;
      void deps.resolveTab(search).then(async (tabId) => {
        if (stopped) return;
        set({ tabId });
        if (tabId === null) return;
        await get().refreshMentions();
        if (!stopped) timer = setInterval(() => void get().refreshMentions(), MENTIONS_REFRESH_MS);
      });
      return () => {
        stopped = true;
        clearInterval(timer);
      };
    },
    async refreshMentions() {
      const { tabId } = get();
      if (tabId == null) return;
      const report = await deps.fetchMentions(tabId);
      const previous = get().report;
      if (JSON.stringify(previous) !== JSON.stringify(report)) set({ report });
    },
    openDetails: (detailsId) => set({ detailsId }),
    setUndo: (undo) => set({ undo }),
    setError: (error) => set({ error }),
  }));
}

export type PopupStore = ReturnType<typeof createPopupStore>;
