import { Softmax } from '../ops/Softmax.ts';
import { defineGrad } from './gradient.ts';

/** (dy - sum(dy * y, axis)) * y: TF1 nn_grad's _SoftmaxGrad, summing along the softmax's own axis. */
export const SoftmaxGradient = defineGrad(Softmax, ({ b, dy, y: [y], attrs: { axis } }) => [
  () => {
    const dot = b.op('ReduceSum', { x: b.op('Mul', { x: dy, y }) }, { axis: [axis], keepDims: true });
    return b.op('Mul', { x: b.op('Sub', { x: dy, y: dot }), y });
  },
]);
