import * as tf from '@tensorflow/tfjs-core';
import { AvgPoolGrad } from '../../ops/AvgPoolGrad.ts';
import { type Pair, padAmounts } from '../../ops/window.ts';
import { defineLowering } from '../lowering.ts';
import { pairOf, tfPad } from './windowAttrs.ts';

/**
 * The AvgPoolGrad kernels of tfjs 4.22 (cpu and wasm alike) divide every
 * window's gradient by the full window size, but with SAME padding the
 * forward AvgPool divides by the number of real (unpadded) values: border
 * gradients come out too small. Scaling dy by size / count first makes the
 * kernel's result TF's.
 */
export const AvgPoolGradLowering = defineLowering(AvgPoolGrad, ({ ksize, strides, padding }) => {
  const [k, s] = [pairOf('ksize', ksize), pairOf('strides', strides)];
  return ([x, dy]) => {
    const scaled = padding === 'SAME' ? tf.mul(dy, paddingScale(x.shape, dy.shape, k, s)) : dy;
    return tf.engine().runKernel('AvgPoolGrad', { dy: scaled, input: x }, { filterSize: k, strides: s, pad: tfPad(padding) }) as tf.Tensor;
  };
});

/** [1, Ho, Wo, 1]: window size over the number of unpadded values in each window. */
export function paddingScale([, h, w]: readonly number[], [, ho, wo]: readonly number[], [kh, kw]: Pair, [sh, sw]: Pair): tf.Tensor {
  const [pt] = padAmounts(h, kh, sh, 'SAME');
  const [pl] = padAmounts(w, kw, sw, 'SAME');
  const inside = (start: number, k: number, n: number) => Math.min(start + k, n) - Math.max(start, 0);
  const values = new Float32Array(ho * wo);
  for (let i = 0; i < ho; i++) for (let j = 0; j < wo; j++) values[i * wo + j] = (kh * kw) / (inside(i * sh - pt, kh, h) * inside(j * sw - pl, kw, w));
  return tf.tensor4d(values, [1, ho, wo, 1]);
}
