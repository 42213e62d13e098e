/**
 * MaxPool's gradient as a plain loop over the data: on wasm where the engine
 * lacks WebAssembly SIMD (elsewhere wasm/maxPoolGrad.wat runs, with the same
 * bits), and as the reference its tests compare with. The wasm MaxPoolGrad
 * kernel (tfjs 4.22) starts each window's maximum at 0 instead of -Infinity,
 * so a window whose values are all negative sends its gradient to the wrong
 * place (to element 0 of the batch). The wasm backend keeps tensors in CPU
 * memory, so reading them is a copy.
 */
import * as tf from '@tensorflow/tfjs-core';
import { type Pair, type Padding, padAmounts } from '../../ops/window.ts';

/** dx: each window's dy added at the position of its first maximum, as TF's MaxPoolGrad. */
export function maxPoolGradLoop(x: tf.Tensor, dy: tf.Tensor, [kh, kw]: Pair, [sh, sw]: Pair, padding: Padding): tf.Tensor {
  const [n, h, w, c] = x.shape;
  const [, ho, wo] = dy.shape;
  const [pt] = padAmounts(h, kh, sh, padding);
  const [pl] = padAmounts(w, kw, sw, padding);
  const xs = x.dataSync() as Float32Array;
  const dys = dy.dataSync() as Float32Array;
  const dx = new Float32Array(xs.length);
  const best = new Float32Array(c);
  const at = new Int32Array(c);
  for (let b = 0; b < n; b++) {
    for (let i = 0; i < ho; i++) {
      const r0 = Math.max(i * sh - pt, 0);
      const r1 = Math.min(i * sh - pt + kh, h);
      for (let j = 0; j < wo; j++) {
        const q0 = Math.max(j * sw - pl, 0);
        const q1 = Math.min(j * sw - pl + kw, w);
        at.fill(-1);
        for (let r = r0; r < r1; r++) {
          for (let q = q0; q < q1; q++) {
            const base = ((b * h + r) * w + q) * c;
            for (let ch = 0; ch < c; ch++) {
              const v = xs[base + ch];
              // Strictly greater keeps the first maximum; the first value of a window always counts.
              if (at[ch] < 0 || v > best[ch]) {
                best[ch] = v;
                at[ch] = base + ch;
              }
            }
          }
        }
        const out = ((b * ho + i) * wo + j) * c;
        for (let ch = 0; ch < c; ch++) dx[at[ch]] += dys[out + ch];
      }
    }
  }
  return tf.tensor(dx, x.shape, 'float32');
}
