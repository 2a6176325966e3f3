/** The two interface languages Siyaq ships. */
export type UiLanguage = 'ar' | 'en';

/** What the user picked in settings: follow the browser, or force one language. */
export type UiLanguageSetting = 'auto' | UiLanguage;

/**
 * Resolves the interface language: an explicit choice wins; otherwise Arabic when the browser's
 * UI language is Arabic (any region), English for everything else.
 */
export function resolveUiLanguage(setting: UiLanguageSetting, browserUiLanguage: string): UiLanguage {
  if (setting !== 'auto') return setting;
  return browserUiLanguage.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

/** Writing direction of a language, for the `dir` attribute. */
export function directionOf(language: UiLanguage): 'rtl' | 'ltr' {
  return language === 'ar' ? 'rtl' : 'ltr';
}
