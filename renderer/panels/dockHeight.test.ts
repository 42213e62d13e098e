import { describe, expect, it } from 'vitest';
import { clampDockHeight, defaultDockHeight, loadDockHeight, MIN_DOCK, saveDockHeight } from './dockHeight.ts';

function memory() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
}

describe('dock height', () => {
  it('starts at 44% of the window, between 260 and 480 pixels', () => {
    expect(defaultDockHeight(900)).toBe(396);
    expect(defaultDockHeight(1400)).toBe(480);
    expect(defaultDockHeight(720)).toBe(317);
  });

  it('keeps a usable panel and a usable canvas', () => {
    expect(clampDockHeight(20, 900)).toBe(MIN_DOCK);
    expect(clampDockHeight(2000, 900)).toBe(900 - 280);
    expect(clampDockHeight(300.4, 900)).toBe(300);
  });

  it('remembers a dragged height and clamps it to a smaller window', () => {
    const storage = memory();
    expect(loadDockHeight(storage, 900)).toBe(396);
    saveDockHeight(storage, 520);
    expect(loadDockHeight(storage, 900)).toBe(520);
    expect(loadDockHeight(storage, 720)).toBe(440);
  });

  it('falls back to the default when storage throws or holds nonsense', () => {
    const broken = {
      getItem: () => {
        throw new Error('disabled');
      },
      setItem: () => {
        throw new Error('disabled');
      },
    };
    expect(loadDockHeight(broken, 900)).toBe(396);
    expect(() => saveDockHeight(broken, 300)).not.toThrow();
    const storage = memory();
    storage.setItem('flowboard.dockHeight', 'tall');
    expect(loadDockHeight(storage, 900)).toBe(396);
    expect(loadDockHeight(undefined, 900)).toBe(396);
  });
});
