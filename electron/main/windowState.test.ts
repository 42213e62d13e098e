import { describe, expect, it } from 'vitest';
import { parseWindowState, restoreWindowState } from './windowState.ts';

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const external = { x: 1440, y: -200, width: 2560, height: 1415 };

describe('restoreWindowState', () => {
  it('uses the default size, centred, on a first run', () => {
    expect(restoreWindowState(undefined, [laptop])).toEqual({ width: 1280, height: 800, maximized: false });
  });

  it('restores a window that is on a display exactly', () => {
    const saved = { bounds: { x: 1600, y: 0, width: 1800, height: 1000 }, maximized: true };
    expect(restoreWindowState(saved, [laptop, external])).toEqual({ x: 1600, y: 0, width: 1800, height: 1000, maximized: true });
  });

  it('drops the position of a window left on a display that is gone, keeping a size that fits', () => {
    const saved = { bounds: { x: 1600, y: 0, width: 1800, height: 1000 }, maximized: false };
    expect(restoreWindowState(saved, [laptop])).toEqual({ width: 1440, height: 875, maximized: false });
  });

  it('drops the position of a window that only grazes a display', () => {
    const saved = { bounds: { x: 1400, y: 100, width: 800, height: 600 }, maximized: false };
    expect(restoreWindowState(saved, [laptop])).toEqual({ width: 800, height: 600, maximized: false });
  });

  it('pulls a title bar above the top of the display back down', () => {
    const saved = { bounds: { x: 100, y: -300, width: 800, height: 600 }, maximized: false };
    expect(restoreWindowState(saved, [laptop])).toEqual({ x: 100, y: 0, width: 800, height: 600, maximized: false });
  });

  it('never makes a window smaller than the minimum', () => {
    const saved = { bounds: { x: 10, y: 10, width: 200, height: 100 }, maximized: false };
    expect(restoreWindowState(saved, [laptop])).toMatchObject({ width: 640, height: 480 });
  });
});

describe('parseWindowState', () => {
  it('accepts what was saved and rejects anything else', () => {
    const state = { bounds: { x: 1, y: 2, width: 3, height: 4 }, maximized: false };
    expect(parseWindowState(state)).toEqual(state);
    expect(parseWindowState({ ...state, maximized: 'yes' })).toBeUndefined();
    expect(parseWindowState({ bounds: { x: 1, y: 2, width: 0, height: 4 }, maximized: false })).toBeUndefined();
    expect(parseWindowState({ bounds: { x: 'a', y: 2, width: 3, height: 4 }, maximized: false })).toBeUndefined();
    expect(parseWindowState(null)).toBeUndefined();
  });
});
