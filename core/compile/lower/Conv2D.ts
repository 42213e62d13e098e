import * as tf from '@tensorflow/tfjs-core';
import { Conv2D } from '../../ops/Conv2D.ts';
import { defineLowering } from '../lowering.ts';
import { conv2dWasm } from './wasm/conv2d.ts';
import { conv2dOneChannel } from './wasm/convOneChannel.ts';
import { pairOf, tfPad } from './windowAttrs.ts';

/**
 * tf.conv2d natively on WebGL and the others. On wasm a SIMD pass where it
 * fits, as XNNPACK runs convolutions slower than our matrix product: for an
 * input of one channel wasm/convOneChannel.ts (XNNPACK ran it at half the
 * matmul's speed), for output channels in eights wasm/conv2d.ts; XNNPACK
 * for the rest.
 */
export const Conv2DLowering = defineLowering(Conv2D, ({ strides, padding }, { backend }) => {
  const s = pairOf('strides', strides);
  const pad = tfPad(padding);
  if (backend === 'wasm')
    return ([x, f]) => conv2dOneChannel(x as tf.Tensor4D, f as tf.Tensor4D, s, padding) ?? conv2dWasm(x as tf.Tensor4D, f as tf.Tensor4D, s, padding) ?? tf.conv2d(x as tf.Tensor4D, f as tf.Tensor4D, s, pad);
  return ([x, f]) => tf.conv2d(x as tf.Tensor4D, f as tf.Tensor4D, s, pad);
});
