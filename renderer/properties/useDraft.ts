/** A text field's draft: what is typed, its live validation, and committing it. */
import { useState } from 'react';

export interface Draft {
  text: string;
  error: string | undefined;
  change(text: string): void;
  /** Commits when valid and changed; a refusal from the store becomes the field's error. */
  commit(): void;
  reset(): void;
}

/**
 * `validate` runs on every keystroke; `save` runs on commit and returns the
 * store's refusal, if any. Callers remount the field (a React key) when the
 * stored value changes underneath it, as on undo.
 */
export function useDraft(initial: string, validate: (text: string) => string | undefined, save: (text: string) => string | undefined): Draft {
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | undefined>(undefined);
  return {
    text,
    error,
    change(next) {
      setText(next);
      setError(validate(next));
    },
    commit() {
      if (text === initial) return setError(undefined);
      const problem = validate(text) ?? save(text);
      setError(problem);
    },
    reset() {
      setText(initial);
      setError(undefined);
    },
  };
}
