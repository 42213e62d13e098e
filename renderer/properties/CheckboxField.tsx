/** A true/false attribute; a change commits at once. */
import { useId } from 'react';

/** One checkbox row of the properties panel. */
export function CheckboxField({ label, hint, checked, onChange }: { label: string; hint?: string; checked: boolean; onChange: (on: boolean) => void }) {
  const id = useId();
  return (
    <div className="field field--inline">
      <input id={id} type="checkbox" className="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label className="field__label" htmlFor={id} title={hint}>
        {label}
      </label>
    </div>
  );
}
