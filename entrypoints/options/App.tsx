import { useId } from 'react';
import { translate } from '../../lib/i18n/translate';
import type { UiLanguageSetting } from '../../lib/i18n/language';
import { updateSettings } from '../../lib/storage/settings';
import { useUiLanguage } from '../../components/ui/use-ui-language';
import { useSettings } from '../../components/ui/use-settings';

const LANGUAGE_CHOICES = [
  ['auto', 'languageAuto'],
  ['ar', 'languageAr'],
  ['en', 'languageEn'],
] as const;

export function App() {
  const language = useUiLanguage();
  const settings = useSettings();
  const languageFieldId = useId();
  if (!language || !settings) return null;
  const t = (key: Parameters<typeof translate>[0]) => translate(key, language);
  return (
    <main className="mx-auto max-w-2xl p-6 font-sans text-sm text-slate-900" data-testid="siyaq-options">
      <h1 className="mb-4 text-xl font-semibold">{t('optionsTitle')}</h1>
      <div className="mb-4 flex items-center gap-3">
        <label htmlFor={languageFieldId} className="font-medium">
          {t('optionsLanguage')}
        </label>
        <select
          id={languageFieldId}
          className="rounded border border-slate-300 px-2 py-1"
          value={settings.uiLanguage}
          onChange={(e) => void updateSettings({ uiLanguage: e.target.value as UiLanguageSetting })}
        >
          {LANGUAGE_CHOICES.map(([value, key]) => (
            <option key={value} value={value}>
              {t(key)}
            </option>
          ))}
        </select>
      </div>
      <p className="text-slate-600">{t('privacyNote')}</p>
    </main>
  );
}
