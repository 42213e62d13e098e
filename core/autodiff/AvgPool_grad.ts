import { AvgPool } from '../ops/AvgPool.ts';
import { defineGrad } from './gradient.ts';

/** One AvgPoolGrad node spreading each window's gradient evenly over it. */
export const AvgPoolGradient = defineGrad(AvgPool, ({ b, dy, x: [input], attrs: { ksize, strides, padding } }) => [
  () => b.op('AvgPoolGrad', { input, dy }, { ksize, strides, padding }),
]);
