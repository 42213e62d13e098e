import { describe, expect, it } from 'vitest';
import type { Shape } from '../graph/shape.ts';
import { infer, f, i32, expectError } from '../../test/inferOp.ts';


const SOFTMAX = 'SoftmaxCrossEntropyWithLogits';
const SIGMOID = 'SigmoidCrossEntropyWithLogits';

describe('SoftmaxCrossEntropyWithLogits inference', () => {
  const cases: [Shape, Shape, Shape][] = [
    [[null, 10], [null, 10], [null]],
    [[null, 10], [5, null], [5]],
    [[3], [3], []],
    [[2, null, 4], [2, 3, 4], [2, 3]],
    [null, [null, 4], [null]],
    [[null, 4], null, [null]],
    [null, null, null],
  ];
  for (const [labels, logits, loss] of cases) {
    it(`labels ${JSON.stringify(labels)}, logits ${JSON.stringify(logits)} -> one loss per example ${JSON.stringify(loss)}`, () => {
      expect(infer(SOFTMAX, [f(labels), f(logits)]).out).toEqual(f(loss));
    });
  }

  it('requires labels and logits of one shape, naming both', () => {
    expectError(infer(SOFTMAX, [f([null, 10]), f([null, 3])]), 'SHAPE_MISMATCH', 'labels [?,10] and logits [?,3] must have the same shape');
    expectError(infer(SOFTMAX, [f([null, 1]), f([null])]), 'SHAPE_MISMATCH', 'labels [?,1] and logits [?] must have the same shape');
  });

  it('refuses scalar logits', () => {
    expectError(infer(SOFTMAX, [f([]), f([])]), 'SHAPE_MISMATCH', 'needs logits with a class axis, got a scalar');
  });

  it('needs float32 labels, suggesting a Cast', () => {
    const e = expectError(infer(SOFTMAX, [i32([null, 10]), f([null, 10])]), 'DTYPE_MISMATCH', 'input labels must be float32, got int32');
    expect(e.fix).toContain('Cast to float32');
  });
});

describe('SigmoidCrossEntropyWithLogits inference', () => {
  const cases: [Shape, Shape, Shape][] = [
    [[null, 1], [null, 1], [null, 1]],
    [[4], [null], [4]],
    [[], [], []],
    [null, [2, 3], [2, 3]],
    [null, null, null],
  ];
  for (const [labels, logits, loss] of cases) {
    it(`labels ${JSON.stringify(labels)}, logits ${JSON.stringify(logits)} -> element-wise loss ${JSON.stringify(loss)}`, () => {
      expect(infer(SIGMOID, [f(labels), f(logits)]).out).toEqual(f(loss));
    });
  }

  it('does not broadcast: a label column against a logit vector is an error', () => {
    expectError(infer(SIGMOID, [f([null, 1]), f([null])]), 'SHAPE_MISMATCH', 'labels [?,1] and logits [?] must have the same shape');
  });

  it('needs float32 logits', () => {
    expectError(infer(SIGMOID, [f([2]), i32([2])]), 'DTYPE_MISMATCH', 'input logits must be float32, got int32');
  });
});
