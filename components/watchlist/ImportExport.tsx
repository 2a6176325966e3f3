import { useId, useRef } from 'react';
import { useStore } from 'zustand';
import type { SiyaqDb } from '../../lib/storage/db';
import {
  applyImport,
  exportCsv,
  exportJson,
  MAX_IMPORT_BYTES,
  validateImport,
  type ImportProblem,
} from '../../lib/storage/import-export';
import { entityDisplayName, getDetailsStore, isKnownEntity } from '../../lib/search/entities';
import type { OptionsStore } from '../../lib/state/options-store';
import { Button } from '../ui/Button';
import { errorMessage, useT } from '../ui/i18n';

/** Saves text as a file through an object URL and `<a download>` (no `downloads` permission). */
function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Wraps text in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE. */
function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

function stamp(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Export (JSON, CSV) and import (validate everything, then merge or replace in one transaction). */
export function ImportExport({ db, store }: { db: SiyaqDb; store: OptionsStore }) {
  const t = useT();
  const fileId = useId();
  const input = useRef<HTMLInputElement>(null);
  const { fileName, problems, plan, mode, summary, applyError } = useStore(store);

  const describe = (p: ImportProblem) => {
    const where = [
      p.line !== null ? t('watchlistImportAtLine', [String(p.line)]) : null,
      p.field !== null ? t('watchlistImportAtField', [isolate(p.field)]) : null,
    ]
      .filter(Boolean)
      .join(', ');
    // Isolate file content (ids, names, dates) so it cannot reorder the sentence around it (bidi).
    const text = t(p.code, p.params.map(isolate));
    return where ? `${where}: ${text}` : text;
  };

  return (
    <section className="mt-6" aria-labelledby="io-heading">
      <h2 id="io-heading" className="mb-2 text-lg font-semibold">
        {t('optionsWatchlistsFile')}
      </h2>
      <div className="flex flex-wrap gap-2">
        <Button
          variant="primary"
          data-testid="export-json"
          onClick={() =>
            void exportJson(db, getDetailsStore().datasetVersion).then((text) =>
              download(`siyaq-watchlists-${stamp()}.json`, text, 'application/json'),
            )
          }
        >
          {t('optionsExportJson')}
        </Button>
        <Button
          data-testid="export-csv"
          onClick={() =>
            void exportCsv(db, (id) => entityDisplayName(id, 'en')).then((text) =>
              download(`siyaq-watchlists-${stamp()}.csv`, text, 'text/csv'),
            )
          }
        >
          {t('optionsExportCsv')}
        </Button>
      </div>
      <div className="mt-4">
        <label htmlFor={fileId} className="block font-medium">
          {t('optionsImportFile')}
        </label>
        <p className="text-xs text-slate-700">{t('optionsImportHint')}</p>
        <input
          id={fileId}
          ref={input}
          type="file"
          accept=".json,.csv,application/json,text/csv"
          data-testid="import-file"
          className="mt-1"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            if (file.size > MAX_IMPORT_BYTES) {
              store.getState().setValidation(file.name, {
                ok: false,
                problems: [
                  {
                    line: null,
                    field: null,
                    code: 'watchlistImportErrorTooLarge',
                    params: [String(MAX_IMPORT_BYTES)],
                  },
                ],
              });
              return;
            }
            void file
              .text()
              .then((text) =>
                store.getState().setValidation(file.name, validateImport(file.name, text, isKnownEntity)),
              );
          }}
        />
      </div>
      <div aria-live="polite" role="status">
        {problems.length ? (
          <div className="mt-3 rounded border border-red-700 bg-red-50 p-3" data-testid="import-problems">
            <p className="font-semibold text-red-900">
              {t('watchlistImportRejected', [isolate(fileName ?? ''), String(problems.length)])}
            </p>
            <ul className="mt-1 list-disc ps-5 text-red-900">
              {problems.map((p, i) => (
                <li key={i} dir="auto">
                  {describe(p)}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {summary ? (
          <p
            className="mt-3 rounded border border-green-700 bg-green-50 p-2 text-green-900"
            data-testid="import-done"
          >
            {t('watchlistImportDone', [String(summary.listsCreated), String(summary.itemsAdded)])}
          </p>
        ) : null}
        {applyError ? (
          <p className="mt-3 rounded border border-red-700 bg-red-50 p-2 text-red-900" role="alert">
            {errorMessage(applyError, t)}
          </p>
        ) : null}
      </div>
      {plan ? (
        <div className="mt-3 rounded border border-slate-400 p-3" data-testid="import-plan">
          <p>
            {t('watchlistImportReady', [
              isolate(fileName ?? ''),
              String(plan.watchlists.length),
              String(plan.watchlists.reduce((n, l) => n + l.items.length, 0)),
            ])}
          </p>
          <fieldset className="mt-2">
            <legend className="font-medium">{t('watchlistImportModeLegend')}</legend>
            {(['merge', 'replace'] as const).map((m) => (
              <label key={m} className="me-4 inline-flex items-center gap-1">
                <input
                  type="radio"
                  name="import-mode"
                  value={m}
                  checked={mode === m}
                  onChange={() => store.getState().setMode(m)}
                  className="accent-blue-700"
                />
                {t(m === 'merge' ? 'watchlistImportModeMerge' : 'watchlistImportModeReplace')}
              </label>
            ))}
          </fieldset>
          <div className="mt-2 flex gap-2">
            <Button
              variant="primary"
              data-testid="import-apply"
              onClick={() =>
                void applyImport(db, plan, mode).then(
                  (s) => {
                    store.getState().setApplied(s);
                    if (input.current) input.current.value = '';
                  },
                  (e: unknown) => store.getState().setApplyError(e instanceof Error ? e.message : String(e)),
                )
              }
            >
              {t('watchlistImportApply')}
            </Button>
            <Button
              onClick={() => {
                store.getState().reset();
                if (input.current) input.current.value = '';
              }}
            >
              {t('watchlistCancel')}
            </Button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
