import { describe, expect, it } from 'vitest';
import { farScale } from './ZoomLevel.tsx';

describe('farScale', () => {
  it('magnifies a far label to 11px on screen, shrinking to 9px only when zoomed far out', () => {
    const onScreen = (zoom: number) => 11 * farScale(zoom) * zoom;
    expect(onScreen(0.5)).toBeCloseTo(11);
    expect(onScreen(0.3)).toBeCloseTo(10.5);
    expect(onScreen(0.2)).toBeCloseTo(9);
    expect(onScreen(0.1)).toBeCloseTo(9);
  });
});
