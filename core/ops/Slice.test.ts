import { describe, expect, it } from 'vitest';
import { infer, f, i32, expectError } from '../../test/inferOp.ts';

describe('Slice inference', () => {
  it('cuts the features and the label column of [?,9] (size -1 keeps the batch free)', () => {
    expect(infer('Slice', [f([null, 9])], { begin: [0, 0], size: [-1, 8] }).out).toEqual(f([null, 8]));
    expect(infer('Slice', [f([null, 9])], { begin: [0, 8], size: [-1, 1] }).out).toEqual(f([null, 1]));
  });
  it('works out -1 from a known dimension, keeps the dtype, and the rank of an unknown shape', () => {
    expect(infer('Slice', [i32([4, 5, 6])], { begin: [1, 0, 2], size: [2, -1, -1] }).out).toEqual(i32([2, 5, 4]));
    expect(infer('Slice', [f(null)], { begin: [0, 1], size: [-1, 2] }).out).toEqual(f([null, 2]));
    expect(infer('Slice', [f([null, 3])], { begin: [2, 0], size: [3, 3] }).out).toEqual(f([3, 3]));
  });
  it('names the dimension whose block does not fit, and the fix', () => {
    const e = expectError(infer('Slice', [f([2, 5])], { begin: [0, 3], size: [-1, 3] }), 'SHAPE_MISMATCH', 'the block [3, 6) of dimension 1 does not fit x [2,5] (size 5)');
    expect(e.fix).toContain('within 5');
    expectError(infer('Slice', [f([2, 5])], { begin: [3, 0], size: [-1, -1] }), 'SHAPE_MISMATCH', 'dimension 0 does not fit');
  });
  it('refuses ranks that disagree, negative begins and sizes below -1', () => {
    expectError(infer('Slice', [f([2, 5])], { begin: [0], size: [1] }), 'SHAPE_MISMATCH', 'x [2,5] has rank 2');
    expectError(infer('Slice', [f([2, 5])], { begin: [0, 0], size: [1] }), 'BAD_ATTR', 'has 2 entries but size [1] has 1');
    expectError(infer('Slice', [f([2, 5])], { begin: [-1, 0], size: [1, 1] }), 'BAD_ATTR', 'begin[0] is -1');
    expectError(infer('Slice', [f([2, 5])], { begin: [0, 0], size: [1, -2] }), 'BAD_ATTR', 'size[1] is -2');
  });
});
