import { useId, useState } from 'react';
import { useT } from '../ui/i18n';

/** The optional note of one watchlist item; saved when the field loses focus or on Enter. */
export function NoteField({
  listName,
  note,
  onSave,
}: {
  listName: string;
  note: string | null;
  onSave: (note: string) => void;
}) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState(note ?? '');
  const save = () => {
    if (draft.trim() !== (note ?? '')) onSave(draft);
  };
  return (
    <div className="ms-6 mt-1">
      <label htmlFor={id} className="block text-xs font-medium">
        {t('watchlistNoteIn', [listName])}
      </label>
      <input
        id={id}
        value={draft}
        dir="auto"
        maxLength={500}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => e.key === 'Enter' && save()}
        className="w-full rounded border border-slate-500 px-2 py-1"
      />
    </div>
  );
}
