import { describe, expect, it } from 'vitest';
import { infer, f, i32, expectError } from '../../test/inferOp.ts';

describe('Pad inference', () => {
  it('pads a Go board [?,19,19,48] to [?,23,23,48]', () => {
    expect(infer('Pad', [f([null, 19, 19, 48])], { paddings: [[0, 0], [2, 2], [2, 2], [0, 0]] }).out).toEqual(f([null, 23, 23, 48]));
  });
  it('pads unequal sides, keeps int32, and keeps the rank of an unknown shape', () => {
    expect(infer('Pad', [i32([2, 3])], { paddings: [[1, 0], [0, 3]] }).out).toEqual(i32([3, 6]));
    expect(infer('Pad', [f(null)], { paddings: [[1, 1], [0, 0]] }).out).toEqual(f([null, null]));
  });
  it('names the rank when paddings has the wrong number of pairs', () => {
    const e = expectError(infer('Pad', [f([2, 3])], { paddings: [[1, 1]] }), 'SHAPE_MISMATCH', 'paddings has 1 pairs but x [2,3] has rank 2');
    expect(e.fix).toContain('2 pairs');
  });
  it('refuses negative, fractional or unpaired paddings', () => {
    expectError(infer('Pad', [f([2])], { paddings: [[-1, 0]] }), 'BAD_ATTR', 'cannot be negative');
    expectError(infer('Pad', [f([2])], { paddings: [[1.5, 0]] }), 'BAD_ATTR', 'paddings[0] must be a pair');
    expectError(infer('Pad', [f([2])], { paddings: [1, 1] }), 'BAD_ATTR', 'paddings[0] must be a pair');
  });
  it('refuses a fractional border around int32 values', () => {
    expectError(infer('Pad', [i32([2])], { paddings: [[1, 1]], constantValue: 0.5 }), 'BAD_ATTR', 'constantValue 0.5 is a fraction');
  });
});
