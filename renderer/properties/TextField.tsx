/** A text input that validates as you type and commits on Enter or when it loses focus; Escape reverts. */
import type { Draft } from './useDraft.ts';
import { Field } from './Field.tsx';

interface TextFieldProps {
  label: string;
  hint?: string;
  draft: Draft;
  placeholder?: string;
  inputMode?: 'text' | 'decimal';
  mono?: boolean;
}

/** One text row of the properties panel. */
export function TextField({ label, hint, draft, placeholder, inputMode = 'text', mono = false }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={draft.error}>
      {({ inputId, describedBy, invalid }) => (
        <input
          id={inputId}
          className={mono ? 'input input--mono' : 'input'}
          value={draft.text}
          placeholder={placeholder}
          inputMode={inputMode}
          spellCheck={false}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(e) => draft.change(e.target.value)}
          onBlur={() => draft.commit()}
          onKeyDown={(e) => {
            if (e.key === 'Enter') draft.commit();
            if (e.key === 'Escape') draft.reset();
          }}
        />
      )}
    </Field>
  );
}
