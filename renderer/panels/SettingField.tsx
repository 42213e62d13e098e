/** A small whole-number field of the run controls: applied on Enter or leaving it; empty means "automatic" where allowed. */
import { useState } from 'react';

interface Props {
  /** The accessible name; also shown unless `shown` replaces it ('' shows none). */
  label: string;
  shown?: string;
  value: number | undefined;
  /** Shown when empty; without it the field cannot be left empty. */
  placeholder?: string;
  min?: number;
  title: string;
  onChange(value: number | undefined): void;
}

/** A labelled number input that rejects what is not a whole number at least `min`. */
export function SettingField({ label, shown: visible = label, value, placeholder, min = 1, title, onChange }: Props) {
  const [draft, setDraft] = useState(value === undefined ? '' : String(value));
  // A new value from outside (another document's settings) replaces the draft, during render as React advises.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value === undefined ? '' : String(value));
  }
  const parsed = draft.trim() === '' ? undefined : Number(draft);
  const valid = parsed === undefined ? placeholder !== undefined : Number.isSafeInteger(parsed) && parsed >= min;
  const commit = () => {
    if (valid && parsed !== value) onChange(parsed);
    else if (!valid) setDraft(value === undefined ? '' : String(value));
  };
  return (
    <label className="run-field" title={title}>
      {visible && <span className="run-field__label">{visible}</span>}
      <input
        className="run-field__input"
        inputMode="numeric"
        aria-label={label}
        aria-invalid={!valid || undefined}
        value={draft}
        placeholder={placeholder}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setDraft(value === undefined ? '' : String(value));
        }}
      />
    </label>
  );
}
