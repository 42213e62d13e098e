import * as tf from '@tensorflow/tfjs-core';
import { MaxPool } from '../../ops/MaxPool.ts';
import { defineLowering } from '../lowering.ts';
import { pairOf, tfPad } from './windowAttrs.ts';

export const MaxPoolLowering = defineLowering(MaxPool, ({ ksize, strides, padding }) => {
  const [k, s] = [pairOf('ksize', ksize), pairOf('strides', strides)];
  return ([x]) => tf.maxPool(x as tf.Tensor4D, k, s, tfPad(padding));
});
