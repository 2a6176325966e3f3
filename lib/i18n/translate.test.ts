import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import ar from '../../public/_locales/ar/messages.json';
import { translate } from './translate';
import { directionOf, resolveUiLanguage } from './language';

describe('translate', () => {
  it('reads the catalogue of the requested language', () => {
    expect(translate('popupOnThisPage', 'en')).toBe('On this page');
    expect(translate('popupOnThisPage', 'ar')).toBe('في هذه الصفحة');
  });

  it('has the same keys in every locale, each with a non-empty message', () => {
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
    for (const catalogue of [en, ar]) {
      for (const [key, entry] of Object.entries(catalogue)) {
        expect(entry.message.trim(), key).not.toBe('');
      }
    }
  });

  it('uses only key names Chrome accepts in _locales', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
  });
});

describe('resolveUiLanguage', () => {
  it('follows the browser for auto and the user otherwise', () => {
    expect(resolveUiLanguage('auto', 'ar-SA')).toBe('ar');
    expect(resolveUiLanguage('auto', 'AR')).toBe('ar');
    expect(resolveUiLanguage('auto', 'en-US')).toBe('en');
    expect(resolveUiLanguage('auto', 'fr')).toBe('en');
    expect(resolveUiLanguage('ar', 'en-US')).toBe('ar');
    expect(resolveUiLanguage('en', 'ar-EG')).toBe('en');
  });

  it('maps Arabic to right-to-left', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('en')).toBe('ltr');
  });
});
