import * as tf from '@tensorflow/tfjs-core';
import { Conv2D } from '../../ops/Conv2D.ts';
import { defineLowering } from '../lowering.ts';
import { pairOf, tfPad } from './windowAttrs.ts';

/** tf.conv2d runs on XNNPACK on wasm and natively elsewhere; nothing to choose. */
export const Conv2DLowering = defineLowering(Conv2D, ({ strides, padding }) => {
  const s = pairOf('strides', strides);
  const pad = tfPad(padding);
  return ([x, f]) => tf.conv2d(x as tf.Tensor4D, f as tf.Tensor4D, s, pad);
});
