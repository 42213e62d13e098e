import { describe, expect, it } from 'vitest';
import { farScale, styledZoom } from './ZoomLevel.tsx';

describe('farScale', () => {
  it('magnifies a far label to 11px on screen, shrinking to 9px only when zoomed far out', () => {
    const onScreen = (zoom: number) => 11 * farScale(zoom) * zoom;
    expect(onScreen(0.5)).toBeCloseTo(11);
    expect(onScreen(0.3)).toBeCloseTo(10.5);
    expect(onScreen(0.2)).toBeCloseTo(9);
    expect(onScreen(0.1)).toBeCloseTo(9);
  });
});

describe('styledZoom', () => {
  it('rounds down, so a label styled for it is never under 9px at the real zoom', () => {
    expect(styledZoom(0.2357)).toBe(0.23);
    expect(styledZoom(0.29)).toBe(0.29);
    for (const zoom of [0.2013, 0.2357, 0.2499, 0.31, 0.548]) expect(11 * farScale(styledZoom(zoom)) * zoom).toBeGreaterThanOrEqual(9);
  });
});
