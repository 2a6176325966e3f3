import type { UiLanguage } from '../../lib/i18n/language';

/** Locale for numbers: Arabic UI keeps Latin digits, as most Arabic news sites do for figures. */
const LOCALE: Record<UiLanguage, string> = { en: 'en-US', ar: 'ar-u-nu-latn' };

/** "$1.2B"-style compact US dollars. */
export function formatUsd(amount: number, language: UiLanguage): string {
  return new Intl.NumberFormat(LOCALE[language], {
    style: 'currency',
    currency: 'USD',
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }).format(amount);
}

export function formatPct(value: number, language: UiLanguage): string {
  return new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits: 2 }).format(value) + '%';
}

/** Country name from an ISO 3166-1 alpha-2 code (the code itself if the browser has no name). */
export function formatCountry(code: string, language: UiLanguage): string {
  try {
    return new Intl.DisplayNames([LOCALE[language]], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** Only https URLs become links (source URLs are data, not trusted markup). */
export function safeHttpsUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
