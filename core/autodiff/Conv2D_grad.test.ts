import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../runtime/backend.ts';
import { checkGradient } from '../../test/gradHarness.ts';

beforeAll(async () => {
  await useBackend('wasm', 'cpu');
});

// tf.grads of a conv2d throws on wasm (no Conv2DBackpropFilter kernel), so the oracle runs on cpu.
const conv = (strides: [number, number], pad: 'same' | 'valid') => (x: tf.Tensor, f: tf.Tensor) => tf.conv2d(x as tf.Tensor4D, f as tf.Tensor4D, strides, pad);

describe('Conv2D gradient', () => {
  const cases: [string, number[], number[], [number, number], 'SAME' | 'VALID'][] = [
    // [input, filter, strides, padding]; few input channels take the patches formulation of dW on wasm, many the correlation one.
    ['3x3 SAME, one input channel', [2, 5, 5, 1], [3, 3, 1, 3], [1, 1], 'SAME'],
    ['3x3 VALID, many input channels', [2, 5, 6, 4], [3, 3, 4, 2], [1, 1], 'VALID'],
    ['2x2 SAME (uneven padding)', [1, 5, 5, 2], [2, 2, 2, 3], [1, 1], 'SAME'],
    ['3x3 SAME stride 2, odd size', [2, 5, 5, 3], [3, 3, 3, 2], [2, 2], 'SAME'],
    ['3x2 VALID strides 2x3 with rows the windows never reach', [1, 8, 7, 5], [3, 2, 5, 1], [2, 3], 'VALID'],
  ];
  for (const [label, xShape, fShape, strides, padding] of cases) {
    it(`matches tf.grads and central differences: ${label}`, async () => {
      await checkGradient({
        op: 'Conv2D',
        attrs: { strides: [1, ...strides, 1], padding },
        inputs: [{ shape: xShape }, { shape: fShape, range: [-1, 1] }],
        reference: conv(strides, padding === 'SAME' ? 'same' : 'valid'),
        oracleBackend: 'cpu',
      });
    });
  }

  it('builds TF1\'s two nodes and works on a [?,4,4,1] batch', async () => {
    const { diff } = await checkGradient({
      op: 'Conv2D',
      inputs: [{ shape: [3, 4, 4, 1], staticShape: [null, 4, 4, 1] }, { shape: [3, 3, 1, 2] }],
      reference: conv([1, 1], 'same'),
      oracleBackend: 'cpu',
    });
    expect(diff.doc.nodes.filter((n) => n.id.startsWith('grad:')).map((n) => `${n.op} ${n.name}`)).toEqual([
      'Conv2DBackpropInput gradients/op_grad/Conv2DBackpropInput',
      'Conv2DBackpropFilter gradients/op_grad/Conv2DBackpropFilter',
    ]);
  });
});
