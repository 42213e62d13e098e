import * as tf from '@tensorflow/tfjs-core';
import { AvgPool } from '../../ops/AvgPool.ts';
import { defineLowering } from '../lowering.ts';
import { pairOf, tfPad } from './windowAttrs.ts';

export const AvgPoolLowering = defineLowering(AvgPool, ({ ksize, strides, padding }) => {
  const [k, s] = [pairOf('ksize', ksize), pairOf('strides', strides)];
  return ([x]) => tf.avgPool(x as tf.Tensor4D, k, s, tfPad(padding));
});
