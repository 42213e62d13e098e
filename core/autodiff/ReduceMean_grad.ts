import { ReduceMean } from '../ops/ReduceMean.ts';
import { defineGrad } from './gradient.ts';
import { reductionCount, spreadOverReduced } from './reduceGrad.ts';

/** Every averaged element gets dy / count, where count is how many values each mean took. */
export const ReduceMeanGradient = defineGrad(ReduceMean, ({ b, dy, x: [x], attrs }) => [
  () => b.op('Div', { x: spreadOverReduced(b, dy, x, attrs), y: reductionCount(b, x, attrs.axis) }),
]);
