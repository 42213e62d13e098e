import { MaxPool } from '../ops/MaxPool.ts';
import { defineGrad } from './gradient.ts';

/** One MaxPoolGrad node, fed the pooling's input and output as TF1's is, so it can find each window's maximum. */
export const MaxPoolGradient = defineGrad(MaxPool, ({ b, dy, x: [input], y: [output], attrs: { ksize, strides, padding } }) => [
  () => b.op('MaxPoolGrad', { input, output, dy }, { ksize, strides, padding }),
]);
