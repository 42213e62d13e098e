import { describe, expect, it } from 'vitest';
import type { KeyLike } from '../ui/shortcuts.ts';
import { fileShortcutFor } from './fileShortcuts.ts';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('file shortcuts', () => {
  it('map Ctrl/Cmd+S, Ctrl/Cmd+Shift+S and Ctrl/Cmd+O', () => {
    expect(fileShortcutFor(key('s', { ctrlKey: true }))).toBe('save');
    expect(fileShortcutFor(key('s', { metaKey: true }))).toBe('save');
    expect(fileShortcutFor(key('S', { ctrlKey: true, shiftKey: true }))).toBe('saveAs');
    expect(fileShortcutFor(key('o', { metaKey: true }))).toBe('open');
  });

  it('leave plain letters, Alt chords and Ctrl+Shift+O alone', () => {
    expect(fileShortcutFor(key('s'))).toBeUndefined();
    expect(fileShortcutFor(key('s', { ctrlKey: true, altKey: true }))).toBeUndefined();
    expect(fileShortcutFor(key('O', { ctrlKey: true, shiftKey: true }))).toBeUndefined();
  });
});
