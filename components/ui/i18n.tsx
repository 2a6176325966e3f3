import { createContext, useContext } from 'react';
import type { UiLanguage } from '../../lib/i18n/language';
import { translate, type MessageKey } from '../../lib/i18n/translate';
import catalogue from '../../public/_locales/en/messages.json';

/** The interface language of the page, provided once by the page shell. */
export const LanguageContext = createContext<UiLanguage>('en');

/** Translator bound to the page's language: every UI string goes through `translate()`. */
export function useT(): (key: MessageKey, substitutions?: readonly string[]) => string {
  const language = useContext(LanguageContext);
  return (key, substitutions) => translate(key, language, substitutions);
}

/** The page's interface language. */
export function useLanguage(): UiLanguage {
  return useContext(LanguageContext);
}

/**
 * Text for an error thrown by lib code: lib functions throw message keys for bad input, which
 * are translated; anything else (a database failure) is shown inside a generic message.
 */
export function errorMessage(
  error: string,
  translateKey: (key: MessageKey, subs?: readonly string[]) => string,
): string {
  return Object.hasOwn(catalogue, error)
    ? translateKey(error as MessageKey)
    : translateKey('popupErrorGeneric', [error]);
}
