/**
 * Keys for File > Save trained weights (Ctrl/Cmd+Alt+S) and Load weights…
 * (Ctrl/Cmd+Alt+O): Save and Open with Alt. Read by the physical key, as
 * Option changes the character on macOS; ignored while typing in a field,
 * where Ctrl+Alt is AltGr on Windows (AltGr+S types ś on a Polish keyboard).
 * The renderer handles them in the browser and on the desktop alike; the
 * desktop menu only shows them.
 */
import type { KeyLike } from '../ui/shortcuts.ts';

export type WeightsShortcut = 'saveWeights' | 'loadWeights';

/** The weights action a key press means, or undefined; `typing` is true while a text field has the focus. */
export function weightsShortcutFor(e: KeyLike & { code: string }, typing: boolean): WeightsShortcut | undefined {
  if (typing || !(e.ctrlKey || e.metaKey) || !e.altKey || e.shiftKey) return undefined;
  if (e.code === 'KeyS') return 'saveWeights';
  if (e.code === 'KeyO') return 'loadWeights';
  return undefined;
}

/** The shortcuts as the help overlay and the menus show them. */
export const WEIGHTS_SHORTCUT_LIST: readonly { keys: string; does: string }[] = [
  { keys: 'Ctrl/Cmd+Alt+S', does: 'Save trained weights' },
  { keys: 'Ctrl/Cmd+Alt+O', does: 'Load weights…' },
];
