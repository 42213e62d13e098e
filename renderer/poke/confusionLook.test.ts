import { describe, expect, it } from 'vitest';
import { cellLook, percent } from './confusionLook.ts';

const lightness = (css: string) => Number(/ (\d+(\.\d+)?)%\)$/.exec(css)![1]);

describe('cellLook', () => {
  it('leaves an empty cell clear and darkens a cell as its share of the row grows', () => {
    expect(cellLook(0, false).background).toBe('transparent');
    const small = lightness(cellLook(0.01, false).background);
    const large = lightness(cellLook(0.5, false).background);
    expect(large).toBeLessThan(small);
  });

  it('colours right answers and mistakes apart, with white text on dark cells', () => {
    expect(cellLook(0.9, true).background).not.toBe(cellLook(0.9, false).background);
    expect(cellLook(0.95, true).color).toBe('#ffffff');
    expect(cellLook(0.01, false).color).toBe('#1b1b1f');
  });
});

describe('percent', () => {
  it('writes shares short', () => {
    expect([percent(0.97), percent(0.004), percent(0.0004), percent(0), percent(Number.NaN), percent(0.05)]).toEqual(['97%', '0.4%', '<0.1%', '0%', '–', '5%']);
  });
});
