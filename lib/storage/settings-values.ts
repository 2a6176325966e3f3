import type { UiLanguageSetting } from '../i18n/language';

/**
 * User settings, one typed item in `browser.storage.local`. Extension pages, the background and
 * content scripts all read it and watch it, so a change takes effect everywhere without reload.
 */
export interface Settings {
  /** Global on/off switch. */
  enabled: boolean;
  uiLanguage: UiLanguageSetting;
  /** Intent delay before the hover card opens. */
  hoverDelayMs: number;
  /** How mentions are marked: a thin underline, or a tinted background as well. */
  highlightStyle: 'underline' | 'background';
  /** Also spot every entity on the official lists, not only the curated companies. */
  spotListedEntities: boolean;
  /** Mark only the first mention of each company on a page. */
  firstMentionOnly: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  uiLanguage: 'auto',
  hoverDelayMs: 300,
  highlightStyle: 'underline',
  spotListedEntities: false,
  firstMentionOnly: false,
};

/** Bounds of `hoverDelayMs`. */
export const HOVER_DELAY_RANGE_MS = [0, 2000] as const;

/**
 * A complete, valid `Settings` from whatever is stored: missing or invalid fields (wrong type,
 * out of range, a language we do not ship) take their default; unknown fields are dropped.
 */
export function sanitizeSettings(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const bool = (v: unknown, d: boolean) => (typeof v === 'boolean' ? v : d);
  const delay = r.hoverDelayMs;
  return {
    enabled: bool(r.enabled, DEFAULT_SETTINGS.enabled),
    uiLanguage:
      r.uiLanguage === 'ar' || r.uiLanguage === 'en' || r.uiLanguage === 'auto'
        ? r.uiLanguage
        : DEFAULT_SETTINGS.uiLanguage,
    hoverDelayMs:
      typeof delay === 'number' && Number.isFinite(delay)
        ? Math.min(HOVER_DELAY_RANGE_MS[1], Math.max(HOVER_DELAY_RANGE_MS[0], Math.round(delay)))
        : DEFAULT_SETTINGS.hoverDelayMs,
    highlightStyle:
      r.highlightStyle === 'underline' || r.highlightStyle === 'background'
        ? r.highlightStyle
        : DEFAULT_SETTINGS.highlightStyle,
    spotListedEntities: bool(r.spotListedEntities, DEFAULT_SETTINGS.spotListedEntities),
    firstMentionOnly: bool(r.firstMentionOnly, DEFAULT_SETTINGS.firstMentionOnly),
  };
}

/**
 * browser.storage.local keys of what pages read: the typed items (settings.ts, page-mirror.ts)
 * define themselves as `local:` + key, and page sessions read them directly (page-state.ts).
 */
export const PAGE_STATE_KEYS = {
  settings: 'siyaq:settings',
  disabledSites: 'siyaq:disabled-sites',
  excludedTerms: 'siyaq:excluded-terms',
  watchedIds: 'siyaq:watched-ids',
} as const;
