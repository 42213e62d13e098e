import { Sigmoid } from '../ops/Sigmoid.ts';
import { defineGrad } from './gradient.ts';

/** dy * y * (1 - y), as one SigmoidGrad node (TF1's). */
export const SigmoidGradient = defineGrad(Sigmoid, ({ b, dy, y: [y] }) => [() => b.op('SigmoidGrad', { y, dy })]);
