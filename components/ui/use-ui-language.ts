import { useEffect, useState } from 'react';
import { uiLanguageFor } from '../../lib/i18n/browser-language';
import { directionOf, type UiLanguage } from '../../lib/i18n/language';
import { readSettings, settingsItem } from '../../lib/storage/settings';

/**
 * The interface language of an extension page, kept in sync with the settings (a change made in
 * the options page re-renders an open popup). Also sets `lang` and `dir` on the document root so
 * the whole page, scrollbars included, follows the language's direction.
 */
export function useUiLanguage(): UiLanguage | null {
  const [language, setLanguage] = useState<UiLanguage | null>(null);
  useEffect(() => {
    let live = true;
    void readSettings().then((s) => live && setLanguage(uiLanguageFor(s.uiLanguage)));
    const unwatch = settingsItem.watch((s) => setLanguage(uiLanguageFor(s?.uiLanguage ?? 'auto')));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  useEffect(() => {
    if (!language) return;
    document.documentElement.lang = language;
    document.documentElement.dir = directionOf(language);
  }, [language]);
  return language;
}
