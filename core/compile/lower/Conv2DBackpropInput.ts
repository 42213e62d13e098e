import * as tf from '@tensorflow/tfjs-core';
import { Conv2DBackpropInput } from '../../ops/Conv2DBackpropInput.ts';
import type { Padding } from '../../ops/window.ts';
import { defineLowering } from '../lowering.ts';
import { inputGradWasm } from './wasm/conv2d.ts';
import { inputGradPads } from './wasm/windowPad.ts';
import { pairOf, tfPad } from './windowAttrs.ts';

/**
 * With stride 1 the input gradient is a plain convolution of dy with the
 * filter flipped in space and its in/out channels swapped. On wasm that runs
 * as the Conv2D pass (wasm/conv2d.ts) where x's channels come in eights, else
 * on XNNPACK, 5-10x faster than the wasm Conv2DBackpropInput kernel (a plain
 * C loop) from 32 channels up (bench/convSpeed.bench.ts). Strides above 1 would need a
 * dilated dy, so they keep the kernel, as do the other backends.
 */
export const Conv2DBackpropInputLowering = defineLowering(Conv2DBackpropInput, ({ strides, padding }, { backend }) => {
  const s = pairOf('strides', strides);
  if (backend === 'wasm' && s[0] === 1 && s[1] === 1)
    return ([x, f, dy]) => inputGradWasm(x.shape, f as tf.Tensor4D, dy as tf.Tensor4D, padding) ?? flippedConv(x.shape, f as tf.Tensor4D, dy as tf.Tensor4D, padding);
  return ([x, f, dy]) => tf.conv2dTranspose(dy as tf.Tensor4D, f as tf.Tensor4D, x.shape as [number, number, number, number], s, tfPad(padding));
});

/** dx for a stride-1 convolution: dy padded so each input pixel sees every output its window reached. */
export function flippedConv(xShape: readonly number[], f: tf.Tensor4D, dy: tf.Tensor4D, padding: Padding): tf.Tensor {
  const [pt, pb, pl, pr] = inputGradPads(xShape, f.shape, dy.shape, padding);
  const flipped = tf.transpose(tf.reverse(f, [0, 1]), [0, 1, 3, 2]) as tf.Tensor4D;
  return tf.conv2d(dy, flipped, 1, [[0, 0], [pt, pb], [pl, pr], [0, 0]]);
}
