/** Binds the keyboard shortcuts to the store's actions for the app's lifetime. */
import { useEffect } from 'react';
import { actions } from '../store/flowStore.ts';
import { isTextField, type ShortcutAction, shortcutFor } from './shortcuts.ts';

/** Runs an action; false when it should not take the key from the browser. */
const RUN: Record<ShortcutAction, () => boolean> = {
  undo: () => (actions.undo(), true),
  redo: () => (actions.redo(), true),
  delete: () => (actions.deleteSelection(), true),
  duplicate: () => (actions.duplicateSelection(), true),
  // With text selected on the page (a doc paragraph), Ctrl+C copies that text as usual.
  copy: () => !window.getSelection()?.toString() && actions.copySelection() > 0,
  paste: () => (actions.pasteClipboard(), true),
};

/** Listens on the window; keys typed into fields stay with the field. */
export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = shortcutFor(e, isTextField(e.target));
      if (action && RUN[action]()) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
