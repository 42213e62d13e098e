import { describe, expect, it } from 'vitest';
import { fitsWhole, MIN_FIT_ZOOM, READABLE_ZOOM, startViewport } from './startViewport.ts';

const screen = { width: 800, height: 600 };
const pad = { top: 20, right: 20, bottom: 20, left: 60 };

describe('startViewport', () => {
  it('fits a small graph, centred, never magnified', () => {
    expect(startViewport({ x: 0, y: 0, width: 200, height: 100 }, screen, pad)).toEqual({ x: 60 + (720 - 200) / 2, y: 20 + (560 - 100) / 2, zoom: 1 });
  });

  it('fits a graph that is readable when fitted', () => {
    const v = startViewport({ x: 100, y: 50, width: 1000, height: 400 }, screen, pad);
    expect(v.zoom).toBeCloseTo(0.72);
    expect(v.x + 100 * v.zoom).toBeCloseTo(60);
  });

  it('fits a long graph whose nodes can still be told apart (they show far labels)', () => {
    const v = startViewport({ x: 0, y: 0, width: 2790, height: 1200 }, screen, pad);
    expect(v.zoom).toBeCloseTo(720 / 2790);
    expect(v.zoom).toBeGreaterThanOrEqual(MIN_FIT_ZOOM);
  });

  it('shows a graph too long to fit readable from its left edge, centred vertically', () => {
    const v = startViewport({ x: -40, y: 0, width: 7600, height: 480 }, screen, pad);
    expect(v.zoom).toBe(READABLE_ZOOM);
    expect(v.x + -40 * v.zoom).toBe(60);
    expect(v.y).toBeCloseTo(20 + (560 - 480 * READABLE_ZOOM) / 2);
  });

  it('starts a graph too tall as well from its top-left corner', () => {
    const v = startViewport({ x: 0, y: 100, width: 6000, height: 6000 }, screen, pad);
    expect(v).toEqual({ x: 60, y: 20 - 100 * READABLE_ZOOM, zoom: READABLE_ZOOM });
  });

  it('centres a tall graph on its inputs when told where they are, never past its top or bottom', () => {
    const bounds = { x: 0, y: 0, width: 6000, height: 3000 };
    const v = startViewport(bounds, screen, pad, { top: 1400, bottom: 1600 });
    expect(v.zoom).toBe(READABLE_ZOOM);
    // The inputs' middle (1500) sits in the middle of the room on screen.
    expect(1500 * v.zoom + v.y).toBeCloseTo(20 + 560 / 2);
    const nearTop = startViewport(bounds, screen, pad, { top: 0, bottom: 100 });
    expect(nearTop.y).toBe(20);
  });

  it('says whether a whole graph fits', () => {
    expect(fitsWhole({ width: 2790, height: 1200 }, screen, pad)).toBe(true);
    expect(fitsWhole({ width: 7600, height: 480 }, screen, pad)).toBe(false);
  });
});
