import { useId, useState } from 'react';
import { Button } from './Button';

export interface Entry {
  key: string | number;
  text: string;
  /** Accessible name of the entry's action button, e.g. "Turn Siyaq back on for example.com". */
  actionLabel: string;
  onAction: () => void;
}

/**
 * A settings section that adds free-text entries and lists them with one action each (the
 * options page's sites turned off and "don't underline" terms). Presentational: the caller owns
 * the data and the storage calls.
 */
export function EntryListSection(props: {
  id: string;
  heading: string;
  inputLabel: string;
  submitLabel: string;
  actionText: string;
  emptyText: string;
  entries: readonly Entry[] | undefined;
  /** Text direction of the input and the entries: host names are always ltr, terms follow their script. */
  dir: 'ltr' | 'auto';
  placeholder?: string;
  /** Stores a new entry; resolves false on failure, which keeps the typed text. */
  onAdd: (value: string) => Promise<boolean>;
}) {
  const inputId = useId();
  const [value, setValue] = useState('');
  return (
    <section className="mt-6" aria-labelledby={props.id}>
      <h2 id={props.id} className="mb-2 text-lg font-semibold">
        {props.heading}
      </h2>
      <form
        className="flex items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          void props.onAdd(value).then((added) => added && setValue(''));
        }}
      >
        <div>
          <label htmlFor={inputId} className="block font-medium">
            {props.inputLabel}
          </label>
          <input
            id={inputId}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            placeholder={props.placeholder}
            dir={props.dir}
            className="rounded border border-slate-500 px-2 py-1"
          />
        </div>
        <Button type="submit">{props.submitLabel}</Button>
      </form>
      {props.entries?.length ? (
        <ul className="mt-2 space-y-1">
          {props.entries.map((entry) => (
            <li key={entry.key} className="flex items-center gap-2">
              <span dir={props.dir} className="grow">
                {entry.text}
              </span>
              <Button onClick={entry.onAction} aria-label={entry.actionLabel}>
                {props.actionText}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-slate-700">{props.emptyText}</p>
      )}
    </section>
  );
}
