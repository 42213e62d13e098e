import { Tanh } from '../ops/Tanh.ts';
import { defineGrad } from './gradient.ts';

/** dy * (1 - y^2), as one TanhGrad node (TF1's). */
export const TanhGradient = defineGrad(Tanh, ({ b, dy, y: [y] }) => [() => b.op('TanhGrad', { y, dy })]);
