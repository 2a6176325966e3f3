import { browser } from 'wxt/browser';
import { translate } from '../../lib/i18n/translate';
import { useUiLanguage } from '../../components/ui/use-ui-language';

export function App() {
  const language = useUiLanguage();
  if (!language) return null;
  const t = (key: Parameters<typeof translate>[0]) => translate(key, language);
  return (
    <main className="w-[22rem] bg-white p-4 font-sans text-sm text-slate-900" data-testid="siyaq-popup">
      <header className="mb-3 flex items-baseline justify-between gap-2">
        <h1 className="text-base font-semibold">{t('extName')}</h1>
        <button
          type="button"
          className="rounded px-2 py-1 text-blue-700 underline hover:bg-blue-50"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          {t('popupOpenOptions')}
        </button>
      </header>
      <p className="text-slate-600">{t('appTagline')}</p>
      <section className="mt-4" aria-labelledby="on-this-page">
        <h2 id="on-this-page" className="mb-1 font-semibold">
          {t('popupOnThisPage')}
        </h2>
        <p className="text-slate-600">{t('popupNoTab')}</p>
      </section>
    </main>
  );
}
