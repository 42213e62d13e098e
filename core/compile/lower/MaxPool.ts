import * as tf from '@tensorflow/tfjs-core';
import { MaxPool } from '../../ops/MaxPool.ts';
import { defineLowering } from '../lowering.ts';
import { maxPoolWasm } from './wasm/maxPool.ts';
import { pairOf, tfPad } from './windowAttrs.ts';

/** tf.maxPool, except on wasm where the windows tile the image (2x2, stride 2): there a SIMD pass (wasm/maxPool.ts). */
export const MaxPoolLowering = defineLowering(MaxPool, ({ ksize, strides, padding }, { backend }) => {
  const [k, s] = [pairOf('ksize', ksize), pairOf('strides', strides)];
  if (backend === 'wasm') return ([x]) => maxPoolWasm(x, k, s, padding) ?? tf.maxPool(x as tf.Tensor4D, k, s, tfPad(padding));
  return ([x]) => tf.maxPool(x as tf.Tensor4D, k, s, tfPad(padding));
});
