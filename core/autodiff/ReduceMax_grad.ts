import { ReduceMax } from '../ops/ReduceMax.ts';
import { defineGrad } from './gradient.ts';
import { spreadOverReduced } from './reduceGrad.ts';

/**
 * dy goes to the elements that were the maximum, shared equally between ties
 * (TF1 math_grad's _MaxGrad): indicators = (x == max), divided by their count
 * along the reduced axes.
 */
export const ReduceMaxGradient = defineGrad(ReduceMax, ({ b, dy, x: [x], y: [y], attrs }) => [
  () => {
    const isMax = b.op('Cast', { x: b.op('Equal', { x, y: spreadOverReduced(b, y, x, attrs) }) }, { dtype: 'float32' });
    const ties = b.op('ReduceSum', { x: isMax }, { axis: attrs.axis, keepDims: true });
    return b.op('Mul', { x: b.op('Div', { x: isMax, y: ties }), y: spreadOverReduced(b, dy, x, attrs) });
  },
]);
