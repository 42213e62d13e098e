import { Sqrt } from '../ops/Sqrt.ts';
import { defineGrad } from './gradient.ts';

/** d(sqrt x) = dy * 0.5 / sqrt(x), reusing the forward output y = sqrt(x) as TF's SqrtGrad does. */
export const SqrtGradient = defineGrad(Sqrt, ({ b, dy, y: [y] }) => [() => b.op('Div', { x: b.op('Mul', { x: dy, y: b.constant(0.5) }), y })]);
