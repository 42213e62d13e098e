import { Relu } from '../ops/Relu.ts';
import { defineGrad } from './gradient.ts';

/** dy where the Relu's output is positive, 0 elsewhere, as one ReluGrad node (TF1's, fed the output). */
export const ReluGradient = defineGrad(Relu, ({ b, dy, y: [y] }) => [() => b.op('ReluGrad', { dy, x: y })]);
