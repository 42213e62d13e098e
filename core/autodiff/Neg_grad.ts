import { Neg } from '../ops/Neg.ts';
import { defineGrad } from './gradient.ts';

/** d(-x) = -dy. */
export const NegGradient = defineGrad(Neg, ({ b, dy }) => [() => b.op('Neg', { x: dy })]);
