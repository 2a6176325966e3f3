import { browser } from 'wxt/browser';
import { resolveUiLanguage, type UiLanguage, type UiLanguageSetting } from './language';

/** The interface language for a setting, asking `browser.i18n` for the browser's UI language when the setting is `auto`. */
export function uiLanguageFor(setting: UiLanguageSetting): UiLanguage {
  return resolveUiLanguage(setting, browser.i18n.getUILanguage());
}
