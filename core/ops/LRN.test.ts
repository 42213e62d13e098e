import { describe, expect, it } from 'vitest';
import { infer, f, i32, expectError } from '../../test/inferOp.ts';

describe('LRN inference', () => {
  it('keeps the shape of 4-D feature maps, AlexNet\'s conv1 [?,55,55,96]', () => {
    expect(infer('LRN', [f([null, 55, 55, 96])], { depthRadius: 2, bias: 1, alpha: 2e-5, beta: 0.75 }).out).toEqual(f([null, 55, 55, 96]));
    expect(infer('LRN', [f(null)]).out).toEqual(f([null, null, null, null]));
  });
  it('names the shape when x is not [batch, height, width, channels]', () => {
    const e = expectError(infer('LRN', [f([null, 96])]), 'SHAPE_MISMATCH', 'LRN needs 4-D feature maps [batch, height, width, channels], got [?,96]');
    expect(e.fix).toContain('Conv2D');
  });
  it('wants float32 and a radius of 0 or more', () => {
    expect(infer('LRN', [i32([1, 2, 2, 3])]).errors.map((e) => e.code)).toEqual(['DTYPE_MISMATCH']);
    expect(infer('LRN', [f([1, 2, 2, 3])], { depthRadius: -1 }).errors).toHaveLength(1);
  });
});
