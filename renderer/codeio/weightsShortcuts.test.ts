import { describe, expect, it } from 'vitest';
import { weightsShortcutFor } from './weightsShortcuts.ts';

const press = (code: string, mods: { ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean; shiftKey?: boolean } = {}) => ({
  key: code.slice(3).toLowerCase(),
  code,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('weights shortcuts', () => {
  it('map Ctrl/Cmd+Alt+S and Ctrl/Cmd+Alt+O by the physical key (Option+S types ß on macOS)', () => {
    expect(weightsShortcutFor(press('KeyS', { ctrlKey: true, altKey: true }), false)).toBe('saveWeights');
    expect(weightsShortcutFor({ ...press('KeyS', { metaKey: true, altKey: true }), key: 'ß' }, false)).toBe('saveWeights');
    expect(weightsShortcutFor(press('KeyO', { metaKey: true, altKey: true }), false)).toBe('loadWeights');
  });

  it('leave Save, Open, Shift chords and typing in a field (AltGr is Ctrl+Alt on Windows) alone', () => {
    expect(weightsShortcutFor(press('KeyS', { ctrlKey: true }), false)).toBeUndefined();
    expect(weightsShortcutFor(press('KeyO', { ctrlKey: true }), false)).toBeUndefined();
    expect(weightsShortcutFor(press('KeyS', { ctrlKey: true, altKey: true, shiftKey: true }), false)).toBeUndefined();
    expect(weightsShortcutFor(press('KeyS', { ctrlKey: true, altKey: true }), true)).toBeUndefined();
  });
});
