import { Exp } from '../ops/Exp.ts';
import { defineGrad } from './gradient.ts';

/** d(e^x) = dy * e^x, reusing the forward output. */
export const ExpGradient = defineGrad(Exp, ({ b, dy, y: [y] }) => [() => b.op('Mul', { x: dy, y })]);
