import { describe, expect, it } from 'vitest';
import type { AttrValue } from '../graph/document.ts';
import type { Shape } from '../graph/shape.ts';
import { getOp } from './registry.ts';
import { infer, f, i32, expectError } from '../../test/inferOp.ts';


const REDUCTIONS = ['ReduceMean', 'ReduceSum', 'ReduceMax'];

describe('reduction inference', () => {
  const cases: [Shape, AttrValue, boolean, Shape][] = [
    [[null, 3], null, false, []],
    [[null, 3], null, true, [1, 1]],
    [[null, 3], [1], false, [null]],
    [[null, 3], 1, false, [null]],
    [[null, 3], [0], false, [3]],
    [[null, 3], [-1], true, [null, 1]],
    [[null, 3], [0, 1], false, []],
    [[null, 3], [1, -1], false, [null]],
    [[null, 3], [], false, [null, 3]],
    [[2, 3, 4], [0, 2], false, [3]],
    [[2, 3, 4], [0, 2], true, [1, 3, 1]],
    [[], null, false, []],
    [null, [0], false, null],
    [null, null, true, null],
  ];
  for (const op of REDUCTIONS) {
    for (const [input, axis, keepDims, output] of cases) {
      it(`${op} of ${JSON.stringify(input)} over ${JSON.stringify(axis)}${keepDims ? ' keeping dims' : ''} -> ${JSON.stringify(output)}`, () => {
        expect(infer(op, [f(input)], { axis, keepDims }).out).toEqual(f(output));
      });
    }

    it(`${op} keeps int32 (a mean of ints stays an int, as in TF1)`, () => {
      expect(infer(op, [i32([null, 2])], { axis: [1] }).out).toEqual(i32([null]));
    });

    it(`${op} names the valid range for an axis out of range`, () => {
      expectError(infer(op, [f([null, 3])], { axis: [2] }), 'BAD_ATTR', `${op}: axis 2 is out of range for [?,3] (valid axes: -2..1)`);
    });

    it(`${op} rejects bool and suggests a Cast`, () => {
      const e = expectError(infer(op, [{ dtype: 'bool', shape: [3] }]), 'DTYPE_MISMATCH', 'input x must be float32 or int32, got bool');
      expect(e.fix).toContain('Cast');
    });
  }

  it('reports a non-integer axis as a bad attribute', () => {
    const r = infer('ReduceSum', [f([2])], { axis: [0.5] });
    expect(r.errors.map((e) => e.code)).toContain('BAD_ATTR');
  });
});

describe('ArgMax inference', () => {
  const cases: [Shape, number | undefined, Shape][] = [
    [[null, 10], 1, [null]],
    [[null, 10], -1, [null]],
    [[5, 3], undefined, [3]],
    [[5, 3], 0, [3]],
    [[4], 0, []],
    [[2, null, 4], 1, [2, 4]],
    [null, 1, null],
  ];
  for (const [input, axis, output] of cases) {
    it(`ArgMax of ${JSON.stringify(input)} on axis ${axis ?? '(default)'} -> int32 ${JSON.stringify(output)}`, () => {
      expect(infer('ArgMax', [f(input)], axis === undefined ? {} : { axis }).out).toEqual(i32(output));
    });
  }

  it('defaults to axis 0, as TF1 tf.argmax does', () => {
    expect(getOp('ArgMax').attrs.axis.default).toBe(0);
  });

  it('accepts int32 and rejects bool', () => {
    expect(infer('ArgMax', [i32([2, 3])], { axis: 1 }).out).toEqual(i32([2]));
    expectError(infer('ArgMax', [{ dtype: 'bool', shape: [3] }]), 'DTYPE_MISMATCH', 'got bool');
  });

  it('refuses a scalar', () => {
    expectError(infer('ArgMax', [f([])]), 'SHAPE_MISMATCH', 'ArgMax needs a tensor of rank 1 or more, got a scalar');
  });

  it('names the valid range for an axis out of range', () => {
    expectError(infer('ArgMax', [f([null, 10])], { axis: 2 }), 'BAD_ATTR', 'ArgMax: axis 2 is out of range for [?,10] (valid axes: -2..1)');
  });
});
