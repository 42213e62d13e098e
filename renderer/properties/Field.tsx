/** A labelled form row with its hint and its error message, wired for screen readers. */
import { type ReactNode, useId } from 'react';

interface FieldProps {
  label: string;
  hint?: string;
  error?: string;
  children: (ids: { inputId: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

/** Lays out one field; the child renders the input with the given ids. */
export function Field({ label, hint, error, children }: FieldProps) {
  const inputId = useId();
  const errorId = useId();
  return (
    <div className="field" data-invalid={error !== undefined}>
      <label className="field__label" htmlFor={inputId} title={hint}>
        {label}
      </label>
      {children({ inputId, describedBy: error ? errorId : undefined, invalid: error !== undefined })}
      {error && (
        <p className="field__error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
