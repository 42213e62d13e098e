import { describe, expect, it } from 'vitest';
import { infer, f, i32, b, expectError } from '../../test/inferOp.ts';

describe('Gather inference', () => {
  it('looks up embedding rows: [1000,128] by ids [?,56] gives [?,56,128]', () => {
    expect(infer('Gather', [f([1000, 128]), i32([null, 56])]).out).toEqual(f([null, 56, 128]));
  });
  it('replaces the picked axis by the indices\' shape, negative axes too, and keeps the dtype', () => {
    expect(infer('Gather', [f([2, 5, 3]), i32([4])], { axis: 1 }).out).toEqual(f([2, 4, 3]));
    expect(infer('Gather', [i32([2, 5]), i32([])], { axis: -1 }).out).toEqual(i32([2]));
    expect(infer('Gather', [b([null, 3]), i32([2, 2])]).out).toEqual(b([2, 2, 3]));
    expect(infer('Gather', [f(null), i32([2])]).out).toEqual(f(null));
    expect(infer('Gather', [f([4, 3]), i32(null)]).out).toEqual(f(null));
  });
  it('names the valid axes of params', () => {
    expectError(infer('Gather', [f([4, 3]), i32([2])], { axis: 2 }), 'BAD_ATTR', 'axis 2 is out of range for [4,3]');
    expectError(infer('Gather', [f([]), i32([2])]), 'SHAPE_MISMATCH', 'params is a scalar');
  });
  it('wants int32 indices', () => {
    const r = infer('Gather', [f([4, 3]), f([2])]);
    expect(r.errors.map((e) => e.code)).toEqual(['DTYPE_MISMATCH']);
  });
});
