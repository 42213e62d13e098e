/** A choice among fixed options (enum, dtype); a change commits at once. */
import { Field } from './Field.tsx';

/** One select row of the properties panel. */
export function SelectField({ label, hint, value, options, onChange }: { label: string; hint?: string; value: string; options: readonly string[]; onChange: (v: string) => void }) {
  return (
    <Field label={label} hint={hint}>
      {({ inputId }) => (
        <select id={inputId} className="input" value={value} onChange={(e) => onChange(e.target.value)}>
          {options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
