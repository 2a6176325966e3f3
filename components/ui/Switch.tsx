import { useEffect, useId, useState } from 'react';

/** How long a switch shows the user's choice before falling back to the stored value, if the write never lands. */
const PENDING_MS = 2000;

/** A labelled on/off switch (a native checkbox with `role="switch"`, so keyboards and screen readers get it for free). */
export function Switch({
  label,
  checked,
  onChange,
  description,
  testId,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  description?: string;
  testId?: string;
}) {
  const id = useId();
  // Show the new position at once; the stored value (liveQuery / storage watch) catches up a few
  // ms later. The pending choice only counts while the stored value is the one it was made on.
  const [pending, setPending] = useState<{ value: boolean; on: boolean } | null>(null);
  useEffect(() => {
    if (pending === null) return;
    const timer = setTimeout(() => setPending(null), PENDING_MS);
    return () => clearTimeout(timer);
  }, [pending]);
  const shown = pending && pending.on === checked ? pending.value : checked;
  return (
    <div className="flex items-start gap-2">
      <input
        id={id}
        type="checkbox"
        role="switch"
        aria-checked={shown}
        checked={shown}
        data-testid={testId}
        aria-describedby={description ? `${id}-d` : undefined}
        onChange={(e) => {
          setPending({ value: e.target.checked, on: checked });
          onChange(e.target.checked);
        }}
        className="mt-0.5 h-4 w-4 shrink-0 accent-blue-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
      />
      <div>
        <label htmlFor={id} className="font-medium">
          {label}
        </label>
        {description ? (
          <p id={`${id}-d`} className="text-xs text-slate-700">
            {description}
          </p>
        ) : null}
      </div>
    </div>
  );
}
