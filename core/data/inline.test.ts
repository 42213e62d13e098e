import { describe, expect, it } from 'vitest';
import { inlineData } from './inline.ts';

describe('inlineData', () => {
  it('flattens scalars, lists and matrices row by row', () => {
    expect(inlineData(3)).toEqual({ values: new Float32Array([3]), shape: [] });
    expect(inlineData([1, 2, 3])).toEqual({ values: new Float32Array([1, 2, 3]), shape: [3] });
    expect(inlineData([[0, 1], [1, 0], [true, false]])).toEqual({ values: new Float32Array([0, 1, 1, 0, 1, 0]), shape: [3, 2] });
    expect(inlineData([])).toEqual({ values: new Float32Array([]), shape: [0] });
  });

  it('names the first ragged or non-numeric entry', () => {
    expect(() => inlineData([[1, 2], [3]], 'X')).toThrow('X: entry [1] has 1 entries where the first one at its depth has 2');
    expect(() => inlineData([[1, 2], 3] as never, 'X')).toThrow('X: entry [1] is 3, where a list of 2 is expected');
    expect(() => inlineData([1, [2]] as never, 'X')).toThrow('X: entry [1] is [2], where a number is expected');
    expect(() => inlineData([[1, Number.NaN]], 'X')).toThrow('X: entry [0][1] is null, where a number is expected');
  });
});
