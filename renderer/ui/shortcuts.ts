/**
 * Every keyboard shortcut and mouse gesture, defined once: the key handlers
 * match key events against this table and the help overlay lists it.
 */

/** What a shortcut does; handlers map these to actions. */
export type ShortcutAction =
  | 'undo'
  | 'redo'
  | 'delete'
  | 'duplicate'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'quickAdd'
  | 'autoLayout'
  | 'fitView'
  | 'toggleSnap'
  | 'toggleGradients'
  | 'run'
  | 'help'
  | 'quickAddNext'
  | 'quickAddPrevious'
  | 'quickAddPick'
  | 'close';

/** Where a shortcut applies: the whole window, or inside the quick-add box. Gestures are listed, not matched. */
export type ShortcutContext = 'global' | 'quickAdd' | 'gesture';

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** One key chord: `mod` is Ctrl or Cmd; `shift: 'any'` accepts either (for keys like `?` that need Shift on some layouts). */
interface Chord {
  key: string;
  mod?: boolean;
  shift?: boolean | 'any';
}

export interface Shortcut {
  action: ShortcutAction | undefined;
  context: ShortcutContext;
  /** As the help overlay shows it. */
  keys: string;
  does: string;
  chords: readonly Chord[];
}

const key = (k: string, extra: Omit<Chord, 'key'> = {}): Chord => ({ key: k, ...extra });
const mod = (k: string, shift = false): Chord => ({ key: k, mod: true, shift });

/** The table, in the order the help overlay lists it. */
export const SHORTCUTS: readonly Shortcut[] = [
  { action: 'quickAdd', context: 'global', keys: 'Space', does: 'Quick-add a node at the pointer (pointer over the canvas)', chords: [key(' ')] },
  { action: 'undo', context: 'global', keys: 'Ctrl/Cmd+Z', does: 'Undo', chords: [mod('z')] },
  { action: 'redo', context: 'global', keys: 'Ctrl/Cmd+Shift+Z, Ctrl+Y', does: 'Redo', chords: [mod('z', true), mod('y')] },
  { action: 'delete', context: 'global', keys: 'Delete, Backspace', does: 'Delete the selection', chords: [key('Delete'), key('Backspace')] },
  { action: 'duplicate', context: 'global', keys: 'Ctrl/Cmd+D', does: 'Duplicate the selection, keeping its links', chords: [mod('d')] },
  { action: 'copy', context: 'global', keys: 'Ctrl/Cmd+C', does: 'Copy the selection', chords: [mod('c')] },
  { action: 'paste', context: 'global', keys: 'Ctrl/Cmd+V', does: 'Paste', chords: [mod('v')] },
  { action: 'selectAll', context: 'global', keys: 'Ctrl/Cmd+A', does: 'Select all nodes', chords: [mod('a')] },
  { action: 'autoLayout', context: 'global', keys: 'L', does: 'Auto-layout left to right', chords: [key('l')] },
  { action: 'fitView', context: 'global', keys: 'F', does: 'Zoom to fit', chords: [key('f')] },
  { action: 'toggleSnap', context: 'global', keys: 'G', does: 'Snap to grid on or off', chords: [key('g')] },
  { action: 'toggleGradients', context: 'global', keys: 'Shift+G', does: 'Show or hide gradients', chords: [key('g', { shift: true })] },
  { action: 'run', context: 'global', keys: 'R', does: 'Run: fetch nodes with feeds, as sess.run (open or close the Run panel)', chords: [key('r')] },
  { action: 'help', context: 'global', keys: '?, F1', does: 'Show this list', chords: [key('?', { shift: 'any' }), key('F1')] },
  { action: 'quickAddNext', context: 'quickAdd', keys: '↓', does: 'Quick-add: next op', chords: [key('ArrowDown')] },
  { action: 'quickAddPrevious', context: 'quickAdd', keys: '↑', does: 'Quick-add: previous op', chords: [key('ArrowUp')] },
  { action: 'quickAddPick', context: 'quickAdd', keys: 'Enter', does: 'Quick-add: add the highlighted op', chords: [key('Enter')] },
  { action: 'close', context: 'quickAdd', keys: 'Esc', does: 'Close quick-add or this list', chords: [key('Escape')] },
  { action: undefined, context: 'gesture', keys: 'Double-click the canvas', does: 'Quick-add a node there', chords: [] },
  { action: undefined, context: 'gesture', keys: 'Drag a port into empty space', does: 'Quick-add a node wired to that port', chords: [] },
  { action: undefined, context: 'gesture', keys: 'Shift+drag on the canvas', does: 'Box-select nodes', chords: [] },
  { action: undefined, context: 'gesture', keys: 'Shift/Ctrl/Cmd+click', does: 'Add a node to the selection', chords: [] },
  { action: undefined, context: 'gesture', keys: 'Drop a node on an edge', does: 'Insert it into the edge where the shapes fit', chords: [] },
];

/** Whether `e` is this chord; Alt chords are never ours (they type characters on some layouts). */
function matches(e: KeyLike, c: Chord): boolean {
  if (e.altKey) return false;
  const k = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  // Cmd on macOS, Ctrl elsewhere; accepting either keeps one table.
  const modDown = e.ctrlKey || e.metaKey;
  return k === c.key && modDown === (c.mod ?? false) && (c.shift === 'any' || e.shiftKey === (c.shift ?? false));
}

/** The action a key press means in `context`, or undefined. In a text field the field keeps its own keys. */
export function shortcutFor(e: KeyLike, inTextField: boolean, context: ShortcutContext = 'global'): ShortcutAction | undefined {
  if (inTextField && context === 'global') return undefined;
  return SHORTCUTS.find((s) => s.context === context && s.chords.some((c) => matches(e, c)))?.action;
}

/** The keys of an action as the help overlay shows them, for buttons' tooltips (`Zoom to fit (F)`). */
export function keysFor(action: ShortcutAction): string {
  return SHORTCUTS.find((s) => s.action === action)?.keys ?? '';
}

/** Whether keys typed at this element belong to it (inputs, selects, editable text). */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'range', 'color'].includes(target.type);
}
