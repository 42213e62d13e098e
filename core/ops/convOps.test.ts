import { describe, expect, it } from 'vitest';
import { GraphBuilder, type NodeHandle } from '../../test/graphBuilder.ts';
import type { AttrValue } from '../graph/document.ts';
import { analyze } from '../graph/analyze.ts';
import type { Shape, TensorType } from '../graph/shape.ts';
import { getOp } from './registry.ts';
import { outSize, padAmounts, readPair } from './window.ts';

/** Analyzes one op fed by float32 placeholders of the given static shapes. */
function infer(op: string, shapes: Shape[], attrs: Record<string, AttrValue> = {}) {
  const g = new GraphBuilder();
  const ins = shapes.map((shape, i) => g.add('Placeholder', { shape, dtype: 'float32' }, `in${i}`));
  const wiring: Record<string, NodeHandle> = {};
  getOp(op).inputs.forEach((spec, i) => (wiring[spec.name] = ins[i]));
  const node = g.add(op, attrs, 'op', wiring);
  const analysis = analyze(g.doc());
  return { out: analysis.types.get(node.id), errors: analysis.diagnostics.filter((d) => d.severity === 'error') };
}
const f = (shape: Shape): TensorType => ({ dtype: 'float32', shape });

function expectError(r: ReturnType<typeof infer>, code: string, text: string): void {
  expect(r.out).toBeUndefined();
  expect(r.errors.map((e) => e.code)).toEqual([code]);
  expect(r.errors[0].message).toContain(text);
  expect(r.errors[0].fix).toBeTruthy();
}

describe('window arithmetic (TF\'s SAME and VALID)', () => {
  it('gives ceil(n / s) for SAME and ceil((n - k + 1) / s) for VALID', () => {
    expect([outSize(28, 3, 1, 'SAME'), outSize(28, 2, 2, 'SAME'), outSize(7, 2, 2, 'SAME'), outSize(5, 3, 2, 'SAME')]).toEqual([28, 14, 4, 3]);
    expect([outSize(28, 3, 1, 'VALID'), outSize(7, 2, 2, 'VALID'), outSize(8, 3, 2, 'VALID'), outSize(null, 3, 1, 'VALID')]).toEqual([26, 3, 3, null]);
  });
  it('puts the odd padding after, as TF does', () => {
    expect(padAmounts(28, 3, 1, 'SAME')).toEqual([1, 1]);
    expect(padAmounts(7, 2, 2, 'SAME')).toEqual([0, 1]);
    expect(padAmounts(5, 4, 1, 'SAME')).toEqual([1, 2]);
    expect(padAmounts(6, 3, 2, 'SAME')).toEqual([0, 1]);
    expect(padAmounts(28, 3, 1, 'VALID')).toEqual([0, 0]);
  });
  it('reads TF1\'s [1, h, w, 1] and the [h, w] and [n] shorthands', () => {
    expect([readPair('strides', [1, 2, 3, 1]), readPair('strides', [2, 3]), readPair('strides', [2])]).toEqual([[2, 3], [2, 3], [2, 2]]);
    expect(readPair('strides', [2, 2, 2, 1])).toContain('first and last entries must be 1');
    expect(readPair('ksize', [1, 2, 3])).toContain('must have 4 entries');
    expect(readPair('ksize', [0, 2])).toContain('at least 1');
  });
});

describe('Conv2D inference', () => {
  const cases: [Shape, Shape, Record<string, AttrValue>, Shape][] = [
    [[null, 28, 28, 1], [3, 3, 1, 32], {}, [null, 28, 28, 32]],
    [[null, 14, 14, 32], [3, 3, 32, 64], { strides: [1, 1, 1, 1], padding: 'SAME' }, [null, 14, 14, 64]],
    [[8, 28, 28, 1], [5, 5, 1, 6], { padding: 'VALID' }, [8, 24, 24, 6]],
    [[null, 7, 7, 64], [3, 3, 64, 128], { strides: [1, 2, 2, 1] }, [null, 4, 4, 128]],
    [[null, null, null, 3], [3, 3, 3, 8], {}, [null, null, null, 8]],
    [null, [3, 3, 1, 4], {}, null],
    [[2, 9, 9, 4], [null, null, 4, 2], {}, [2, null, null, 2]],
  ];
  for (const [x, w, attrs, out] of cases)
    it(`${JSON.stringify(x)} * ${JSON.stringify(w)} ${JSON.stringify(attrs)} -> ${JSON.stringify(out)}`, () => {
      expect(infer('Conv2D', [x, w], attrs).out).toEqual([f(out)]);
    });

  it('names the channels that disagree, the ranks and the bad strides', () => {
    expectError(infer('Conv2D', [[null, 28, 28, 1], [3, 3, 3, 32]]), 'SHAPE_MISMATCH', 'Conv2D input [?,28,28,1] has 1 channels but the filter [3,3,3,32] expects 3');
    expectError(infer('Conv2D', [[null, 784], [3, 3, 1, 32]]), 'SHAPE_MISMATCH', 'needs an NHWC image batch [batch, height, width, channels], got [?,784]');
    expectError(infer('Conv2D', [[null, 28, 28, 1], [3, 3, 32]]), 'SHAPE_MISMATCH', 'filter must be [height, width, in channels, out channels], got [3,3,32]');
    expectError(infer('Conv2D', [[null, 28, 28, 1], [3, 3, 1, 2]], { strides: [2, 1, 1, 1] }), 'BAD_ATTR', 'first and last entries must be 1');
    expectError(infer('Conv2D', [[null, 2, 2, 1], [3, 3, 1, 2]], { padding: 'VALID' }), 'SHAPE_MISMATCH', 'the height 2 of [?,2,2,1] is smaller than the window\'s 3');
  });
});

describe('MaxPool and AvgPool inference', () => {
  for (const op of ['MaxPool', 'AvgPool']) {
    it(`${op} halves with the course's 2x2 windows and stride 2 (SAME rounds up)`, () => {
      expect(infer(op, [[null, 28, 28, 32]]).out).toEqual([f([null, 14, 14, 32])]);
      expect(infer(op, [[null, 7, 7, 128]], { ksize: [1, 2, 2, 1], strides: [1, 2, 2, 1], padding: 'SAME' }).out).toEqual([f([null, 4, 4, 128])]);
      expect(infer(op, [[null, 7, 7, 128]], { padding: 'VALID' }).out).toEqual([f([null, 3, 3, 128])]);
      expect(infer(op, [[4, 9, 9, 1]], { ksize: [3, 3], strides: [1, 1], padding: 'VALID' }).out).toEqual([f([4, 7, 7, 1])]);
    });
    it(`${op} names a bad ksize and a flat input`, () => {
      expectError(infer(op, [[null, 28, 28, 1]], { ksize: [2, 2, 2, 2] }), 'BAD_ATTR', `${op}: ksize [2,2,2,2] moves across the batch or the channels`);
      expectError(infer(op, [[null, 784]]), 'SHAPE_MISMATCH', `${op} needs an NHWC image batch`);
    });
  }
});

describe('Dropout and Flatten inference', () => {
  it('Dropout keeps x\'s shape for y and the mask, and wants a scalar keep_prob', () => {
    expect(infer('Dropout', [[null, 512], []]).out).toEqual([f([null, 512]), f([null, 512])]);
    expect(infer('Dropout', [[null, 14, 14, 32], null]).out).toEqual([f([null, 14, 14, 32]), f([null, 14, 14, 32])]);
    expectError(infer('Dropout', [[null, 512], [1]]), 'SHAPE_MISMATCH', 'Dropout keepProb must be a scalar, got [1]');
  });
  it('Flatten keeps the batch and multiplies the rest', () => {
    expect(infer('Flatten', [[null, 7, 7, 64]]).out).toEqual([f([null, 3136])]);
    expect(infer('Flatten', [[5, 3]]).out).toEqual([f([5, 3])]);
    expect(infer('Flatten', [[null, null, 4]]).out).toEqual([f([null, null])]);
    expect(infer('Flatten', [[6]]).out).toEqual([f([6, 1])]);
    expect(infer('Flatten', [null]).out).toEqual([f([null, null])]);
    expectError(infer('Flatten', [[]]), 'SHAPE_MISMATCH', 'Flatten needs a batch of examples');
  });
});
