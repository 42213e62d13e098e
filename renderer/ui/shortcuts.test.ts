import { describe, expect, it } from 'vitest';
import { type KeyLike, keysFor, SHORTCUTS, shortcutFor } from './shortcuts.ts';

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

  it('maps the canvas keys: Space, L, F, G, Shift+G, select all and help', () => {
    expect(shortcutFor(key(' '), false)).toBe('quickAdd');
    expect(shortcutFor(key('l'), false)).toBe('autoLayout');
    expect(shortcutFor(key('F', { shiftKey: true }), false)).toBeUndefined();
    expect(shortcutFor(key('f'), false)).toBe('fitView');
    expect(shortcutFor(key('g'), false)).toBe('toggleSnap');
    expect(shortcutFor(key('G', { shiftKey: true }), false)).toBe('toggleGradients');
    expect(shortcutFor(key('a', { metaKey: true }), false)).toBe('selectAll');
    expect(shortcutFor(key('?', { shiftKey: true }), false)).toBe('help');
    expect(shortcutFor(key('?'), false)).toBe('help');
    expect(shortcutFor(key('F1'), false)).toBe('help');
    expect(shortcutFor(key(' '), true)).toBeUndefined();
  });

  it('keeps the quick-add keys to the quick-add box, where its text field does not block them', () => {
    expect(shortcutFor(key('ArrowDown'), true, 'quickAdd')).toBe('quickAddNext');
    expect(shortcutFor(key('ArrowUp'), true, 'quickAdd')).toBe('quickAddPrevious');
    expect(shortcutFor(key('Enter'), true, 'quickAdd')).toBe('quickAddPick');
    expect(shortcutFor(key('Escape'), true, 'quickAdd')).toBe('close');
    expect(shortcutFor(key('ArrowDown'), false)).toBeUndefined();
  });
});

describe('the shortcut table', () => {
  it('defines each action once and gives every entry keys and a description', () => {
    const actions = SHORTCUTS.flatMap((s) => (s.action ? [s.action] : []));
    expect(new Set(actions).size).toBe(actions.length);
    expect(SHORTCUTS.every((s) => s.keys.length > 0 && s.does.length > 0)).toBe(true);
    expect(SHORTCUTS.every((s) => (s.context === 'gesture') === (s.chords.length === 0))).toBe(true);
    expect(keysFor('fitView')).toBe('F');
  });
});
