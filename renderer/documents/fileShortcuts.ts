/**
 * The File shortcuts in a browser (the desktop's menu owns them there):
 * Ctrl/Cmd+S saves, Ctrl/Cmd+Shift+S saves as, Ctrl/Cmd+O opens. They work
 * in text fields too, as in every editor. Ctrl+N is not among them: browsers
 * keep it for a new window.
 */
import type { KeyLike } from '../ui/shortcuts.ts';

export type FileShortcut = 'save' | 'saveAs' | 'open';

/** The file action a key press means, or undefined. */
export function fileShortcutFor(e: KeyLike): FileShortcut | undefined {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return undefined;
  const key = e.key.toLowerCase();
  if (key === 's') return e.shiftKey ? 'saveAs' : 'save';
  if (key === 'o' && !e.shiftKey) return 'open';
  return undefined;
}

/** The shortcuts as the help overlay and the README list them. */
export const FILE_SHORTCUT_LIST: readonly { keys: string; does: string }[] = [
  { keys: 'Ctrl/Cmd+S', does: 'Save' },
  { keys: 'Ctrl/Cmd+Shift+S', does: 'Save as' },
  { keys: 'Ctrl/Cmd+O', does: 'Open a file' },
];
