import { describe, expect, it } from 'vitest';
import { exportFrame } from './exportFrame.ts';

describe('the export frame', () => {
  it('fits the whole graph at its own size with a margin on every side', () => {
    expect(exportFrame({ x: -100, y: 50, width: 400, height: 200 }, 20)).toEqual({ width: 440, height: 240, x: 120, y: -30, zoom: 1 });
  });

  it('scales a graph too large for a canvas down to the longest side allowed, keeping its proportions', () => {
    const frame = exportFrame({ x: 0, y: 0, width: 9980, height: 980 }, 10, 5000);
    expect(frame.zoom).toBe(0.5);
    expect([frame.width, frame.height, frame.x, frame.y]).toEqual([5000, 500, 5, 5]);
  });

  it('rounds a fractional size up so no edge is cut off', () => {
    expect(exportFrame({ x: 0, y: 0, width: 100.2, height: 50.5 }, 0)).toMatchObject({ width: 101, height: 51 });
  });
});
