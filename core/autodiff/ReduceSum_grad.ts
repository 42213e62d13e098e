import { ReduceSum } from '../ops/ReduceSum.ts';
import { defineGrad } from './gradient.ts';
import { spreadOverReduced } from './reduceGrad.ts';

/** Every summed element gets the sum's gradient: dy copied back over the reduced axes. */
export const ReduceSumGradient = defineGrad(ReduceSum, ({ b, dy, x: [x], attrs }) => [() => spreadOverReduced(b, dy, x, attrs)]);
