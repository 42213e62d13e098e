/**
 * Conv2D's filter gradient on wasm, which has no Conv2DBackpropFilter kernel
 * (tf.grads of a conv2d throws there), where the SIMD pass
 * (wasm/convFilterGrad.ts) does not run: output channels not in eights, or no
 * WebAssembly SIMD. Two formulations that run on XNNPACK;
 * which is faster depends on the shapes (bench/convSpeed.bench.ts, batch 100):
 *
 * - patches: im2col with a depthwise convolution by a one-hot filter, then
 *   one matMul of patches and dy. Cheap when patches are narrow (few input
 *   channels): 8 ms against 18 ms for MNIST's first layer [28,28,1] -> 32.
 * - correlate: the gradient is the correlation of x with dy over the batch,
 *   itself a convolution with the batch as channels: x^T [C,H,W,N] convolved
 *   with dy^T [Ho,Wo,N,Co] dilated by the stride gives [C,kh,kw,Co]. Faster
 *   once the patches are wider than about twice the output channels
 *   (41 ms against 58 ms for [14,14,32] -> 64).
 */
import * as tf from '@tensorflow/tfjs-core';
import { type Pair, type Padding, padAmounts } from '../../ops/window.ts';
import { tfPad } from './windowAttrs.ts';

/** True when the patches formulation is the faster one for this filter. */
export function prefersPatches([kh, kw, c, co]: readonly number[]): boolean {
  return c * kh * kw <= 2 * co;
}

/** The one-hot depthwise filter [kh,kw,c,kh*kw] whose output channel ch*kh*kw + i*kw + j copies x[.., i, j, ch]. */
export function patchFilter(kh: number, kw: number, c: number): tf.Tensor4D {
  const k = kh * kw;
  const values = new Float32Array(k * c * k);
  for (let p = 0; p < k; p++) for (let ch = 0; ch < c; ch++) values[(p * c + ch) * k + p] = 1;
  return tf.tensor4d(values, [kh, kw, c, k]);
}

/** dW via im2col: patches [P, C*kh*kw]^T times dy [P, Co] (or its transpose), P = batch * output pixels. */
export function filterGradByPatches(x: tf.Tensor4D, dy: tf.Tensor4D, filterShape: readonly number[], strides: Pair, padding: Padding, onehot: tf.Tensor4D): tf.Tensor {
  const [kh, kw, c, co] = filterShape;
  const pixels = dy.shape[0] * dy.shape[1] * dy.shape[2];
  const patches = tf.reshape(tf.depthwiseConv2d(x, onehot, strides, tfPad(padding)), [pixels, c * kh * kw]);
  const rows = tf.reshape(dy, [pixels, co]);
  // XNNPACK packs matMul's right operand afresh for every new tensor: keep the narrower one there.
  if (c * kh * kw <= co) return tf.transpose(tf.reshape(tf.matMul(tf.transpose(rows), patches), [co, c, kh, kw]), [2, 3, 1, 0]);
  return tf.transpose(tf.reshape(tf.matMul(tf.transpose(patches), rows), [c, kh, kw, co]), [1, 2, 0, 3]);
}

/** dW as a convolution over the batch: channels of x become its batch, the batch becomes its channels. */
export function filterGradByCorrelation(x: tf.Tensor4D, dy: tf.Tensor4D, filterShape: readonly number[], [sh, sw]: Pair, padding: Padding): tf.Tensor {
  const [n, h, w, c] = x.shape;
  const [kh, kw] = filterShape;
  const [, ho, wo] = dy.shape;
  const [pt] = padAmounts(h, kh, sh, padding);
  const [pl] = padAmounts(w, kw, sw, padding);
  // Rows and columns after padding that the windows reach; any beyond them are cropped.
  const pb = (ho - 1) * sh + kh - h - pt;
  const pr = (wo - 1) * sw + kw - w - pl;
  const cropped = pb < 0 || pr < 0 ? tf.slice(x, [0, 0, 0, 0], [n, h + Math.min(pb, 0), w + Math.min(pr, 0), c]) : x;
  const xt = tf.transpose(cropped, [3, 1, 2, 0]) as tf.Tensor4D;
  const dyt = tf.transpose(dy, [1, 2, 0, 3]) as tf.Tensor4D;
  const pad: [[number, number], [number, number], [number, number], [number, number]] = [[0, 0], [pt, Math.max(pb, 0)], [pl, Math.max(pr, 0)], [0, 0]];
  const grad = tf.conv2d(xt, dyt, 1, pad, 'NHWC', [sh, sw]);
  return tf.transpose(grad, [1, 2, 0, 3]);
}
