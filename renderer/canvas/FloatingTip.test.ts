import { describe, expect, it } from 'vitest';
import { placeTip } from './FloatingTip.tsx';

const view = { width: 1440, height: 900 };
const tip = { width: 200, height: 40 };

describe('placeTip', () => {
  it('goes above its element, centred', () => {
    expect(placeTip({ left: 500, top: 400, width: 100, height: 50 }, tip, view)).toEqual({ left: 450, top: 352, side: 'above' });
  });

  it('goes below when there is no room above (a node at the top of the canvas)', () => {
    expect(placeTip({ left: 500, top: 20, width: 100, height: 50 }, tip, view)).toMatchObject({ top: 78, side: 'below' });
  });

  it('stays inside the window at its left and right edges', () => {
    expect(placeTip({ left: 0, top: 400, width: 40, height: 50 }, tip, view).left).toBe(8);
    expect(placeTip({ left: 1420, top: 400, width: 40, height: 50 }, tip, view).left).toBe(1440 - 8 - 200);
  });
});
