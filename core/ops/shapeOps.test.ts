import { describe, expect, it } from 'vitest';
import type { AttrValue } from '../graph/document.ts';
import type { Shape } from '../graph/shape.ts';
import { infer, f, i32, expectError } from '../../test/inferOp.ts';


describe('Reshape inference', () => {
  const cases: [Shape, number[], Shape][] = [
    [[2, 3], [3, 2], [3, 2]],
    [[2, 3], [-1], [6]],
    [[2, 3], [3, -1], [3, 2]],
    [[2, 3], [1, -1, 1], [1, 6, 1]],
    [[null, 28, 28, 1], [-1, 784], [null, 784]],
    [[null, 784], [-1, 28, 28, 1], [null, 28, 28, 1]],
    [[null, 3], [3, -1], [3, null]],
    [null, [-1, 2], [null, 2]],
    [null, [2, 3], [2, 3]],
    [[7, 7, 64], [3136], [3136]],
    [[], [1, 1], [1, 1]],
  ];
  for (const [input, target, output] of cases) {
    it(`reshapes ${JSON.stringify(input)} to ${JSON.stringify(target)} -> ${JSON.stringify(output)}`, () => {
      expect(infer('Reshape', [f(input)], { shape: target }).out).toEqual(f(output));
    });
  }

  it('keeps the dtype', () => {
    expect(infer('Reshape', [i32([4])], { shape: [2, 2] }).out).toEqual(i32([2, 2]));
  });

  it('names both element counts when -1 cannot be computed', () => {
    const e = expectError(infer('Reshape', [f([2, 3])], { shape: [4, -1] }), 'SHAPE_MISMATCH', 'cannot reshape [2,3] (6 values) to [4,-1]');
    expect(e.message).toContain('6 is not a multiple of 4');
    expect(e.message).toContain('"op"');
  });

  it('names both element counts when the sizes differ', () => {
    expectError(infer('Reshape', [f([2, 3])], { shape: [4, 2] }), 'SHAPE_MISMATCH', 'cannot reshape [2,3] (6 values) to [4,2] (8 values)');
  });

  it('rejects a target the known dims cannot divide, even with a ? batch', () => {
    expectError(infer('Reshape', [f([null, 3])], { shape: [4, 5] }), 'SHAPE_MISMATCH', 'multiple of 3');
  });

  it('rejects a -1 next to a 0, which TF cannot resolve', () => {
    expectError(infer('Reshape', [f([2, 0])], { shape: [0, -1] }), 'SHAPE_MISMATCH', '-1 is ambiguous');
  });

  it('rejects two -1s as a bad attribute', () => {
    const r = infer('Reshape', [f([2, 3])], { shape: [-1, -1] });
    expect(r.errors.map((e) => [e.code, e.message])).toContainEqual(['BAD_ATTR', expect.stringContaining('at most one dimension may be -1')]);
  });
});

describe('Squeeze inference', () => {
  const cases: [Shape, AttrValue, Shape][] = [
    [[null, 1], [1], [null]],
    [[null, 1], 1, [null]],
    [[null, 1], [-1], [null]],
    [[1, 3, 1], null, [3]],
    [[1, 3, 1], [], [3]],
    [[1, 3, 1], [0, 2], [3]],
    [[1, 3, 1], [2, 2], [1, 3]],
    [[null, null], [1], [null]],
    [[null, 1], null, null],
    [null, [0], null],
    [[1], null, []],
  ];
  for (const [input, axis, output] of cases) {
    it(`squeezes ${JSON.stringify(input)} on axis ${JSON.stringify(axis)} -> ${JSON.stringify(output)}`, () => {
      expect(infer('Squeeze', [f(input)], { axis }).out).toEqual(f(output));
    });
  }

  it('refuses to remove a dimension that is not 1', () => {
    expectError(infer('Squeeze', [f([2, 3])], { axis: [1] }), 'SHAPE_MISMATCH', 'cannot remove dimension 1 of [2,3]: it has size 3, not 1');
  });

  it('names the valid range for an axis out of range', () => {
    expectError(infer('Squeeze', [f([2, 1])], { axis: [5] }), 'BAD_ATTR', 'axis 5 is out of range for [2,1] (valid axes: -2..1)');
  });
});

describe('ExpandDims inference', () => {
  const cases: [Shape, number, Shape][] = [
    [[3], 0, [1, 3]],
    [[3], 1, [3, 1]],
    [[3], -1, [3, 1]],
    [[3], -2, [1, 3]],
    [[null, 3], 1, [null, 1, 3]],
    [[null, 3], -1, [null, 3, 1]],
    [[], 0, [1]],
    [null, 4, null],
  ];
  for (const [input, axis, output] of cases) {
    it(`expands ${JSON.stringify(input)} at ${axis} -> ${JSON.stringify(output)}`, () => {
      expect(infer('ExpandDims', [f(input)], { axis }).out).toEqual(f(output));
    });
  }

  it('allows axes -rank-1..rank and names that range otherwise', () => {
    expectError(infer('ExpandDims', [f([3])], { axis: 2 }), 'BAD_ATTR', 'axis 2 is out of range for [3] (valid axes: -2..1)');
    expectError(infer('ExpandDims', [f([3])], { axis: -3 }), 'BAD_ATTR', 'axis -3 is out of range');
  });
});

describe('Transpose inference', () => {
  const cases: [Shape, AttrValue, Shape][] = [
    [[2, 3], null, [3, 2]],
    [[2, 3], [1, 0], [3, 2]],
    [[2, 3, 4], null, [4, 3, 2]],
    [[null, 28, 28, 3], [0, 3, 1, 2], [null, 3, 28, 28]],
    [[null, 5], [1, 0], [5, null]],
    [null, [1, 0], [null, null]],
    [null, null, null],
    [[], [], []],
  ];
  for (const [input, perm, output] of cases) {
    it(`transposes ${JSON.stringify(input)} by ${JSON.stringify(perm)} -> ${JSON.stringify(output)}`, () => {
      expect(infer('Transpose', [f(input)], { perm }).out).toEqual(f(output));
    });
  }

  it('rejects a perm that repeats or skips an axis', () => {
    expectError(infer('Transpose', [f([2, 3])], { perm: [0, 0] }), 'BAD_ATTR', 'perm [0,0] is not a permutation: 0 appears twice');
    expectError(infer('Transpose', [f([2, 3])], { perm: [0, 2] }), 'BAD_ATTR', 'is not a permutation: 2 is outside 0..1');
    expectError(infer('Transpose', [f([2, 3])], { perm: [-1, 0] }), 'BAD_ATTR', '-1 is outside 0..1');
  });

  it('rejects a perm of the wrong length, naming the rank', () => {
    expectError(infer('Transpose', [f([2, 3, 4])], { perm: [1, 0] }), 'SHAPE_MISMATCH', 'perm [1,0] has 2 entries but the input [2,3,4] has rank 3');
  });
});

describe('Concat inference', () => {
  const cases: [Shape[], number, Shape][] = [
    [[[2, 3], [4, 3]], 0, [6, 3]],
    [[[2, 3], [2, 5]], 1, [2, 8]],
    [[[2, 3], [2, 5]], -1, [2, 8]],
    [[[2, 3], [2, 5], [2, 1]], 1, [2, 9]],
    [[[null, 3], [2, 3]], 0, [null, 3]],
    [[[null, 3], [null, 4]], 1, [null, 7]],
    [[[2, null], [null, 3]], 0, [null, 3]],
    [[[2, 3]], 0, [2, 3]],
    [[null, [2, 3]], 0, [null, 3]],
    [[[2, 3], null], 1, [2, null]],
    [[null, null], 0, null],
  ];
  for (const [inputs, axis, output] of cases) {
    it(`joins ${JSON.stringify(inputs)} on axis ${axis} -> ${JSON.stringify(output)}`, () => {
      expect(infer('Concat', inputs.map(f), { axis }).out).toEqual(f(output));
    });
  }

  it('keeps int32', () => {
    expect(infer('Concat', [i32([1]), i32([2])], { axis: 0 }).out).toEqual(i32([3]));
  });

  it('names both shapes and the dimension that differs', () => {
    expectError(infer('Concat', [f([2, 3]), f([2, 4])], { axis: 0 }), 'SHAPE_MISMATCH', 'Concat along axis 0: values:0 [2,3] and values:1 [2,4] differ in dimension 1 (3 vs 4)');
  });

  it('requires one rank', () => {
    expectError(infer('Concat', [f([2, 3]), f([2])], { axis: 0 }), 'SHAPE_MISMATCH', 'values:1 [2] has rank 1 but values:0 [2,3] has rank 2');
  });

  it('refuses scalars and points to Stack', () => {
    const e = expectError(infer('Concat', [f([]), f([])], { axis: 0 }), 'SHAPE_MISMATCH', 'values:0 is a scalar');
    expect(e.fix).toContain('Stack');
  });

  it('names the valid range for an axis out of range', () => {
    expectError(infer('Concat', [f([2, 3]), f([2, 3])], { axis: 2 }), 'BAD_ATTR', 'axis 2 is out of range for [2,3] (valid axes: -2..1)');
  });

  it('requires one dtype', () => {
    expectError(infer('Concat', [f([2]), i32([2])], { axis: 0 }), 'DTYPE_MISMATCH', 'values:0 is float32 but values:1 is int32');
  });

  it('needs at least one input', () => {
    const r = infer('Concat', [], { axis: 0 });
    expect(r.errors.map((e) => [e.code, e.message])).toEqual([['MISSING_INPUT', 'Concat "op" needs at least 1 values input, has 0']]);
  });
});

describe('Stack inference', () => {
  const cases: [Shape[], number, Shape][] = [
    [[[2], [2], [2]], 0, [3, 2]],
    [[[2], [2], [2]], 1, [2, 3]],
    [[[2], [2], [2]], -1, [2, 3]],
    [[[null, 3], [2, 3]], 0, [2, 2, 3]],
    [[[null, 3], [null, 3]], 1, [null, 2, 3]],
    [[[], [], [], []], 0, [4]],
    [[null, [2]], 0, [2, 2]],
    [[null, null], 0, null],
  ];
  for (const [inputs, axis, output] of cases) {
    it(`stacks ${JSON.stringify(inputs)} on axis ${axis} -> ${JSON.stringify(output)}`, () => {
      expect(infer('Stack', inputs.map(f), { axis }).out).toEqual(f(output));
    });
  }

  it('requires every shape to agree, naming the dimension', () => {
    expectError(infer('Stack', [f([2]), f([3])], { axis: 0 }), 'SHAPE_MISMATCH', 'Stack: values:0 [2] and values:1 [3] differ in dimension 0');
    expectError(infer('Stack', [f([2]), f([2, 1])], { axis: 0 }), 'SHAPE_MISMATCH', 'values:0 [2] and values:1 [2,1] differ in rank');
  });

  it('allows axes -rank-1..rank and names that range otherwise', () => {
    expectError(infer('Stack', [f([2]), f([2])], { axis: 2 }), 'BAD_ATTR', 'axis 2 is out of range for [2] (valid axes: -2..1)');
  });

  it('requires one dtype', () => {
    expectError(infer('Stack', [i32([2]), f([2])], { axis: 0 }), 'DTYPE_MISMATCH', 'values:0 is int32 but values:1 is float32');
  });
});

describe('OneHot inference', () => {
  const cases: [Shape, number, Shape][] = [
    [[null], 10, [null, 10]],
    [[2, 3], 4, [2, 3, 4]],
    [[], 3, [3]],
    [[null, 1], 7, [null, 1, 7]],
    [null, 5, null],
  ];
  for (const [input, depth, output] of cases) {
    it(`one-hots ${JSON.stringify(input)} with depth ${depth} -> float32 ${JSON.stringify(output)}`, () => {
      expect(infer('OneHot', [i32(input)], { depth }).out).toEqual(f(output));
    });
  }

  it('needs int32 indices', () => {
    expectError(infer('OneHot', [f([3])], { depth: 3 }), 'DTYPE_MISMATCH', 'input indices must be int32, got float32');
  });

  it('needs depth >= 1', () => {
    const r = infer('OneHot', [i32([3])], { depth: 0 });
    expect(r.errors.map((e) => [e.code, e.message])).toContainEqual(['BAD_ATTR', expect.stringContaining('attribute depth must be at least 1, got 0')]);
  });
});

describe('Shape and Rank inference', () => {
  it('Shape gives an int32 vector as long as the rank, known even behind a ? dimension', () => {
    expect(infer('Shape', [f([2, 2, 3])]).out).toEqual(i32([3]));
    expect(infer('Shape', [f([null, 784])]).out).toEqual(i32([2]));
    expect(infer('Shape', [f([])]).out).toEqual(i32([0]));
    expect(infer('Shape', [{ dtype: 'bool', shape: null }]).out).toEqual(i32([null]));
  });
  it('Rank gives an int32 scalar for any input', () => {
    expect(infer('Rank', [f([2, 2, 3])]).out).toEqual(i32([]));
    expect(infer('Rank', [{ dtype: 'int32', shape: null }]).out).toEqual(i32([]));
  });
});
