import { describe, expect, it } from 'vitest';
import { type KeyLike, shortcutFor } from './shortcuts.ts';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('shortcutFor', () => {
  it('maps undo and redo on Ctrl and Cmd', () => {
    expect(shortcutFor(key('z', { ctrlKey: true }), false)).toBe('undo');
    expect(shortcutFor(key('z', { metaKey: true }), false)).toBe('undo');
    expect(shortcutFor(key('Z', { ctrlKey: true, shiftKey: true }), false)).toBe('redo');
    expect(shortcutFor(key('z', { metaKey: true, shiftKey: true }), false)).toBe('redo');
    expect(shortcutFor(key('y', { ctrlKey: true }), false)).toBe('redo');
  });

  it('maps delete, duplicate, copy and paste', () => {
    expect(shortcutFor(key('Delete'), false)).toBe('delete');
    expect(shortcutFor(key('Backspace'), false)).toBe('delete');
    expect(shortcutFor(key('d', { ctrlKey: true }), false)).toBe('duplicate');
    expect(shortcutFor(key('c', { metaKey: true }), false)).toBe('copy');
    expect(shortcutFor(key('v', { ctrlKey: true }), false)).toBe('paste');
  });

  it('leaves text fields, plain letters and Alt chords alone', () => {
    expect(shortcutFor(key('z', { ctrlKey: true }), true)).toBeUndefined();
    expect(shortcutFor(key('Backspace'), true)).toBeUndefined();
    expect(shortcutFor(key('z'), false)).toBeUndefined();
    expect(shortcutFor(key('d'), false)).toBeUndefined();
    expect(shortcutFor(key('z', { ctrlKey: true, altKey: true }), false)).toBeUndefined();
  });
});
