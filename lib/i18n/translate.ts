import en from '../../public/_locales/en/messages.json';
import ar from '../../public/_locales/ar/messages.json';
import type { UiLanguage } from './language';

/** Every UI string key; `public/_locales/en/messages.json` is the reference catalogue. */
export type MessageKey = keyof typeof en;

type Catalogue = Partial<Record<MessageKey, { message: string }>>;
const CATALOGUES: Record<UiLanguage, Catalogue> = { en, ar };

/**
 * Looks up a UI string in the `_locales` catalogue of `language`. The catalogues are the same
 * files `browser.i18n` serves (the manifest's strings use `__MSG_…__`); the UI reads them directly
 * because `browser.i18n.getMessage` cannot switch locale at run time and users may pick a
 * language other than the browser's. `$1`…`$9` are replaced by `substitutions`.
 */
export function translate(
  key: MessageKey,
  language: UiLanguage,
  substitutions: readonly string[] = [],
): string {
  const raw = CATALOGUES[language][key]?.message ?? en[key].message;
  return raw.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
}
