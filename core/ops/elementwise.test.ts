import { describe, expect, it } from 'vitest';
import type { DType, Shape } from '../graph/shape.ts';
import { getOp } from './registry.ts';
import { infer, f, i32, b, expectError } from '../../test/inferOp.ts';


const FLOAT_UNARY = ['Sqrt', 'Exp', 'Log', 'Sigmoid', 'Tanh', 'Elu', 'LeakyRelu', 'Softmax'];
const NUMERIC_UNARY = ['Neg', 'Square', 'Relu', 'Abs'];
const ANY_UNARY = ['OnesLike', 'ZerosLike', 'StopGradient'];
const ARITHMETIC = ['Add', 'Sub', 'Mul', 'Div', 'Maximum', 'Minimum'];
const COMPARISONS = ['Greater', 'Less', 'Equal'];
const SHAPES: Shape[] = [[3], [null, 3], [2, null, 4], [null], null];

describe('unary inference', () => {
  for (const op of [...FLOAT_UNARY, ...NUMERIC_UNARY, ...ANY_UNARY]) {
    it(`${op} keeps the shape, ? dims and unknown rank included`, () => {
      for (const shape of SHAPES) expect(infer(op, [f(shape)]).out).toEqual(f(shape));
    });
  }

  it('accepts scalars except in Softmax, which needs an axis', () => {
    for (const op of [...FLOAT_UNARY, ...NUMERIC_UNARY, ...ANY_UNARY].filter((o) => o !== 'Softmax')) expect(infer(op, [f([])]).out).toEqual(f([]));
    const { errors } = infer('Softmax', [f([])]);
    expect(errors.map((e) => [e.code, e.fix])).toEqual([['BAD_ATTR', expect.stringContaining('not a scalar')]]);
  });

  for (const op of FLOAT_UNARY) {
    it(`${op} rejects int32 and says to insert a Cast to float32`, () => {
      const { out, errors } = infer(op, [i32([2])]);
      expect(out).toBeUndefined();
      expect(errors.map((e) => e.code)).toEqual(['DTYPE_MISMATCH']);
      expect(errors[0].message).toContain('"op"');
      expect(errors[0].fix).toContain('Cast to float32');
    });
  }

  it('Neg, Square and Relu keep int32, reject bool', () => {
    for (const op of NUMERIC_UNARY) {
      expect(infer(op, [i32([null, 2])]).out).toEqual(i32([null, 2]));
      expect(infer(op, [b([2])]).errors.map((e) => e.code)).toEqual(['DTYPE_MISMATCH']);
    }
  });

  it('OnesLike and ZerosLike keep any dtype', () => {
    for (const op of ANY_UNARY) for (const t of [i32([null, 2]), b([3]), f(null)]) expect(infer(op, [t]).out).toEqual(t);
  });
});

describe('Softmax axis', () => {
  it('accepts any axis inside the rank, and any axis for an unknown rank', () => {
    for (const axis of [-2, -1, 0, 1]) expect(infer('Softmax', [f([null, 10])], { axis }).out).toEqual(f([null, 10]));
    expect(infer('Softmax', [f(null)], { axis: 5 }).out).toEqual(f(null));
  });

  it('rejects an axis outside the rank, naming the axis and the shape', () => {
    for (const axis of [2, -3]) {
      const { errors } = infer('Softmax', [f([null, 10])], { axis });
      expect(errors.map((e) => e.code)).toEqual(['BAD_ATTR']);
      expect(errors[0].message).toContain(`axis ${axis} is out of range for input [?,10]`);
      expect(errors[0].fix).toContain('between -2 and 1');
    }
  });
});

describe('binary broadcasting', () => {
  const cases: [Shape, Shape, Shape][] = [
    [[null, 3], [3], [null, 3]],
    [[3], [null, 3], [null, 3]],
    [[null, 1], [1, 4], [null, 4]],
    [[], [2, 3], [2, 3]],
    [[2, 1, 3], [4, 1], [2, 4, 3]],
    [[null], [null], [null]],
    [[null, 3], null, null],
  ];
  for (const op of [...ARITHMETIC, ...COMPARISONS]) {
    it(`${op} broadcasts like NumPy`, () => {
      const outDType: DType = COMPARISONS.includes(op) ? 'bool' : 'float32';
      for (const [x, y, z] of cases) expect(infer(op, [f(x), f(y)]).out).toEqual({ dtype: outDType, shape: z });
    });

    it(`${op} names both shapes when they do not broadcast`, () => {
      const { out, errors } = infer(op, [f([2, 3]), f([4])]);
      expect(out).toBeUndefined();
      expect(errors.map((e) => e.code)).toEqual(['SHAPE_MISMATCH']);
      expect(errors[0].message).toContain('[2,3]');
      expect(errors[0].message).toContain('[4]');
    });

    it(`${op} rejects inputs of two dtypes`, () => {
      const { errors } = infer(op, [f([2]), i32([2])]);
      expect(errors.map((e) => e.code)).toEqual(['DTYPE_MISMATCH']);
      // Div's float32-only input rule speaks first; the others name both dtypes.
      expect(errors[0].message).toMatch(/float32.*int32/);
    });
  }

  it('keeps int32 for Add, Sub and Mul; Div wants float32', () => {
    for (const op of ['Add', 'Sub', 'Mul']) expect(infer(op, [i32([2]), i32([])]).out).toEqual(i32([2]));
    expect(infer('Div', [i32([2]), i32([2])]).errors[0].fix).toContain('Cast to float32');
  });

  it('comparisons give bool; only Equal accepts bool inputs', () => {
    for (const op of COMPARISONS) expect(infer(op, [i32([null, 2]), i32([2])]).out).toEqual(b([null, 2]));
    expect(infer('Equal', [b([null, 2]), b([2])]).out).toEqual(b([null, 2]));
    for (const op of ['Greater', 'Less', 'Add']) expect(infer(op, [b([2]), b([2])]).errors.map((e) => e.code)).toEqual(['DTYPE_MISMATCH']);
  });
});

describe('Cast', () => {
  it('gives its target dtype and keeps the shape, from any dtype', () => {
    for (const target of ['float32', 'int32', 'bool'] as const)
      for (const t of [f([null, 2]), i32([3]), b(null)]) expect(infer('Cast', [t], { dtype: target }).out).toEqual({ dtype: target, shape: t.shape });
  });

  it('defaults to float32 and rejects an unknown dtype', () => {
    expect(infer('Cast', [b([2])]).out).toEqual(f([2]));
    expect(infer('Cast', [b([2])], { dtype: 'float64' }).errors.map((e) => e.code)).toEqual(['BAD_ATTR']);
  });
});

describe('AddN', () => {
  it('merges the shapes of its inputs and wants one dtype', () => {
    expect(infer('AddN', [f([2, 3])]).out).toEqual(f([2, 3]));
    expect(infer('AddN', [f([null, 3]), f([2, null]), f(null)]).out).toEqual(f([2, 3]));
    expect(infer('AddN', [f(null), i32(null)]).errors.map((e) => e.code)).toEqual(['DTYPE_MISMATCH']);
    expect(infer('AddN', [i32([4]), i32([4])]).out).toEqual(i32([4]));
  });

  it('fails on mismatched shapes, naming the clashing inputs and shapes', () => {
    const { out, errors } = infer('AddN', [f([2, 3]), f([3])]);
    expect(out).toBeUndefined();
    expect(errors.map((e) => e.code)).toEqual(['SHAPE_MISMATCH']);
    expect(errors[0].message).toContain('inputs:0 has shape [2,3] but inputs:1 has [3]');
    const three = infer('AddN', [f([null, 3]), f([2, 3]), f([4, 3])]);
    expect(three.errors[0].message).toContain('inputs:1 has shape [2,3] but inputs:2 has [4,3]');
  });

  it('needs at least one input', () => {
    expect(infer('AddN', []).errors.map((e) => e.code)).toEqual(['MISSING_INPUT']);
  });
});

describe('op definitions', () => {
  const categories: Record<string, string[]> = {
    math: ['Add', 'Sub', 'Mul', 'Div', 'Neg', 'Square', 'Sqrt', 'Exp', 'Log', 'OnesLike', 'ZerosLike', 'AddN'],
    activations: ['Sigmoid', 'Tanh', 'Relu', 'LeakyRelu', 'Elu', 'Softmax'],
    compare: ['Greater', 'Less', 'Equal', 'Cast'],
  };
  it('sit in their palette category and name the TF1 call in their doc', () => {
    for (const [category, ops] of Object.entries(categories))
      for (const op of ops) {
        expect(getOp(op).category).toBe(category);
        expect(getOp(op).doc).toMatch(/TF1: .*`tf\.[a-z_.]+\(/);
      }
  });

  it('give LeakyRelu the TF default slope 0.2 and Softmax the last axis', () => {
    expect(getOp('LeakyRelu').attrs.alpha.default).toBe(0.2);
    expect(getOp('Softmax').attrs.axis.default).toBe(-1);
  });
});

describe('FloorDiv inference', () => {
  it('keeps int32 as int32 and float32 as float32, broadcasting', () => {
    expect(infer('FloorDiv', [{ dtype: 'int32', shape: [null, 3] }, { dtype: 'int32', shape: [3] }]).out).toEqual({ dtype: 'int32', shape: [null, 3] });
    expect(infer('FloorDiv', [{ dtype: 'float32', shape: [2] }, { dtype: 'float32', shape: [] }]).out).toEqual({ dtype: 'float32', shape: [2] });
  });
  it('refuses mixed dtypes with the Cast to insert', () => {
    expectError(infer('FloorDiv', [{ dtype: 'int32', shape: [2] }, { dtype: 'float32', shape: [2] }]), 'DTYPE_MISMATCH', 'FloorDiv needs both inputs of one dtype');
  });
});
