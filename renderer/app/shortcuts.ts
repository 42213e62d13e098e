/** The keyboard shortcuts, as a pure mapping from a key event to an action name. */

export type ShortcutAction = 'undo' | 'redo' | 'delete' | 'duplicate' | 'copy' | 'paste';

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** The action a key press means, or undefined. In a text field the field keeps its own keys. */
export function shortcutFor(e: KeyLike, inTextField: boolean): ShortcutAction | undefined {
  if (inTextField || e.altKey) return undefined;
  // Cmd on macOS, Ctrl elsewhere; accepting either keeps one table.
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (mod && key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (mod && key === 'y' && !e.shiftKey) return 'redo';
  if (mod && !e.shiftKey && key === 'd') return 'duplicate';
  if (mod && !e.shiftKey && key === 'c') return 'copy';
  if (mod && !e.shiftKey && key === 'v') return 'paste';
  if (!mod && !e.shiftKey && (key === 'Delete' || key === 'Backspace')) return 'delete';
  return undefined;
}

/** Whether keys typed at this element belong to it (inputs, selects, editable text). */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'range', 'color'].includes(target.type);
}

/** The shortcuts as the README and a help overlay list them. */
export const SHORTCUT_LIST: readonly { keys: string; does: string }[] = [
  { keys: 'Ctrl/Cmd+Z', does: 'Undo' },
  { keys: 'Ctrl/Cmd+Shift+Z, Ctrl+Y', does: 'Redo' },
  { keys: 'Delete, Backspace', does: 'Delete the selection' },
  { keys: 'Ctrl/Cmd+D', does: 'Duplicate the selection' },
  { keys: 'Ctrl/Cmd+C, Ctrl/Cmd+V', does: 'Copy and paste' },
];
