import * as tf from '@tensorflow/tfjs-core';
import { Conv2D } from '../../ops/Conv2D.ts';
import { defineLowering } from '../lowering.ts';
import { conv2dOneChannel } from './wasm/convOneChannel.ts';
import { pairOf, tfPad } from './windowAttrs.ts';

/**
 * tf.conv2d, which runs on XNNPACK on wasm and natively elsewhere, except on
 * wasm for an input of one channel: there a SIMD pass (wasm/convOneChannel.ts)
 * where it fits, as XNNPACK runs it at half the matmul's speed.
 */
export const Conv2DLowering = defineLowering(Conv2D, ({ strides, padding }, { backend }) => {
  const s = pairOf('strides', strides);
  const pad = tfPad(padding);
  if (backend === 'wasm') return ([x, f]) => conv2dOneChannel(x as tf.Tensor4D, f as tf.Tensor4D, s, padding) ?? tf.conv2d(x as tf.Tensor4D, f as tf.Tensor4D, s, pad);
  return ([x, f]) => tf.conv2d(x as tf.Tensor4D, f as tf.Tensor4D, s, pad);
});
