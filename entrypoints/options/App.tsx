import { useId, useState } from 'react';
import { translate, type MessageKey } from '../../lib/i18n/translate';
import type { UiLanguageSetting } from '../../lib/i18n/language';
import { HOVER_DELAY_RANGE_MS, updateSettings, type Settings } from '../../lib/storage/settings';
import { getDb } from '../../lib/storage/db';
import { addExclusion, listExclusions, removeExclusion } from '../../lib/storage/exclusions';
import { listSites, setSiteEnabled } from '../../lib/storage/sites';
import { getDetailsStore } from '../../lib/search/entities';
import { createOptionsStore } from '../../lib/state/options-store';
import { useUiLanguage } from '../../components/ui/use-ui-language';
import { useSettings } from '../../components/ui/use-settings';
import { useLiveQuery } from '../../components/ui/use-live-query';
import { errorMessage, LanguageContext } from '../../components/ui/i18n';
import { Switch } from '../../components/ui/Switch';
import { EntryListSection } from '../../components/ui/EntryListSection';
import { ImportExport } from '../../components/watchlist/ImportExport';

const LANGUAGE_CHOICES = [
  ['auto', 'languageAuto'],
  ['ar', 'languageAr'],
  ['en', 'languageEn'],
] as const;

const db = getDb();
const store = createOptionsStore();

const [MIN_HOVER_DELAY_MS, MAX_HOVER_DELAY_MS] = HOVER_DELAY_RANGE_MS;

export function App() {
  const language = useUiLanguage();
  const settings = useSettings();
  const languageFieldId = useId();
  const delayId = useId();
  const styleId = useId();
  const [error, setError] = useState<string | null>(null);
  const sites = useLiveQuery(() => listSites(db), []);
  const exclusions = useLiveQuery(() => listExclusions(db), []);
  if (!language || !settings) return null;
  const t = (key: MessageKey, subs?: readonly string[]) => translate(key, language, subs);
  const change = (c: Partial<Settings>) => void updateSettings(c);
  /** Runs a storage change; shows its error instead of throwing. Resolves whether it succeeded. */
  const guard = (work: () => Promise<void>): Promise<boolean> =>
    work().then(
      () => (setError(null), true),
      (e: unknown) => (setError(e instanceof Error ? e.message : String(e)), false),
    );
  const data = getDetailsStore();

  return (
    <LanguageContext value={language}>
      <main className="mx-auto max-w-2xl p-6 font-sans text-sm text-slate-900" data-testid="siyaq-options">
        <h1 className="mb-4 text-xl font-semibold">{t('optionsTitle')}</h1>
        <div className="mb-4 flex items-center gap-3">
          <label htmlFor={languageFieldId} className="font-medium">
            {t('optionsLanguage')}
          </label>
          <select
            id={languageFieldId}
            className="rounded border border-slate-500 px-2 py-1"
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
        <p className="text-slate-700">{t('privacyNote')}</p>

        {error ? (
          <p role="alert" className="mt-4 rounded border border-red-700 bg-red-50 p-2 text-red-900">
            {errorMessage(error, t)}
          </p>
        ) : null}

        <section className="mt-6 space-y-3" aria-labelledby="general-heading">
          <h2 id="general-heading" className="text-lg font-semibold">
            {t('optionsGeneral')}
          </h2>
          <Switch
            label={t('optionsEnabled')}
            checked={settings.enabled}
            onChange={(enabled) => change({ enabled })}
          />
          {/* TODO [2027-01-15]: the "spot every listed entity" switch returns with the listed-entity
              matcher in the content script and a card for list-only entities; until then no
              control is shown for a mode that does nothing. */}
          <Switch
            label={t('optionsFirstMentionOnly')}
            checked={settings.firstMentionOnly}
            onChange={(firstMentionOnly) => change({ firstMentionOnly })}
          />
          <div className="flex items-center gap-3">
            <label htmlFor={delayId} className="font-medium">
              {t('optionsHoverDelay')}
            </label>
            <input
              id={delayId}
              type="number"
              min={MIN_HOVER_DELAY_MS}
              max={MAX_HOVER_DELAY_MS}
              step={50}
              value={settings.hoverDelayMs}
              onChange={(e) => {
                const value = Number(e.target.value);
                if (Number.isFinite(value) && value >= MIN_HOVER_DELAY_MS && value <= MAX_HOVER_DELAY_MS)
                  change({ hoverDelayMs: Math.round(value) });
              }}
              className="w-24 rounded border border-slate-500 px-2 py-1"
            />
          </div>
          <div className="flex items-center gap-3">
            <label htmlFor={styleId} className="font-medium">
              {t('optionsHighlightStyle')}
            </label>
            <select
              id={styleId}
              value={settings.highlightStyle}
              onChange={(e) => change({ highlightStyle: e.target.value as Settings['highlightStyle'] })}
              className="rounded border border-slate-500 px-2 py-1"
            >
              <option value="underline">{t('optionsStyleUnderline')}</option>
              <option value="background">{t('optionsStyleBackground')}</option>
            </select>
          </div>
        </section>

        <EntryListSection
          id="sites-heading"
          heading={t('optionsSites')}
          inputLabel={t('optionsSiteAdd')}
          submitLabel={t('optionsSiteTurnOff')}
          actionText={t('optionsSiteTurnOn')}
          emptyText={t('optionsNoSites')}
          placeholder="news.example.com"
          dir="ltr"
          entries={sites?.map((site) => ({
            key: site.host,
            text: site.host,
            actionLabel: t('optionsSiteTurnOnNamed', [site.host]),
            onAction: () => void guard(() => setSiteEnabled(db, site.host, true)),
          }))}
          onAdd={(value) =>
            guard(() => setSiteEnabled(db, value.replace(/^https?:\/\//, '').split('/')[0] ?? '', false))
          }
        />

        <EntryListSection
          id="exclusions-heading"
          heading={t('optionsExclusions')}
          inputLabel={t('optionsExclusionAdd')}
          submitLabel={t('optionsExclusionAddButton')}
          actionText={t('watchlistRemove')}
          emptyText={t('optionsNoExclusions')}
          dir="auto"
          entries={exclusions?.map((x) => ({
            key: x.id,
            text: x.term,
            actionLabel: t('optionsExclusionRemoveNamed', [x.term]),
            onAction: () => void guard(() => removeExclusion(db, x.id)),
          }))}
          onAdd={(value) => guard(() => addExclusion(db, value))}
        />

        <ImportExport db={db} store={store} />

        <section className="mt-6" aria-labelledby="dataset-heading" data-testid="dataset-info">
          <h2 id="dataset-heading" className="mb-2 text-lg font-semibold">
            {t('optionsDataset')}
          </h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="font-medium">{t('optionsDatasetVersion')}</dt>
            <dd dir="ltr" className="text-start">
              {data.datasetVersion}
            </dd>
            <dt className="font-medium">{t('optionsDatasetEntities')}</dt>
            <dd>{data.all().length}</dd>
            <dt className="font-medium">{t('optionsDatasetAsOf')}</dt>
            <dd>{data.dataAsOf ?? t('watchlistUnknown')}</dd>
          </dl>
          <table className="mt-3 w-full border-collapse text-start">
            <caption className="text-start font-medium">{t('optionsDatasetLists')}</caption>
            <thead>
              <tr className="border-b border-slate-400">
                <th scope="col" className="py-1 text-start">
                  {t('optionsDatasetList')}
                </th>
                <th scope="col" className="py-1 text-start">
                  {t('optionsDatasetSnapshot')}
                </th>
                <th scope="col" className="py-1 text-start">
                  {t('optionsDatasetListEntities')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.coverage.lists.map((l) => (
                <tr key={l.list} className="border-b border-slate-200">
                  <td className="py-1">
                    <bdi lang="en">{l.name}</bdi>
                  </td>
                  <td className="py-1">{l.snapshotDate}</td>
                  <td className="py-1">{l.entities}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3 className="mt-3 font-medium">{t('optionsDatasetGaps')}</h3>
          <ul className="mt-1 list-disc ps-5" data-testid="dataset-gaps">
            {data.coverage.gaps.map((g) => (
              <li key={g.id} lang="en" dir="ltr">
                {g.message}
              </li>
            ))}
          </ul>
        </section>
      </main>
    </LanguageContext>
  );
}
