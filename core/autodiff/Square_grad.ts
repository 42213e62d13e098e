import { Square } from '../ops/Square.ts';
import { defineGrad } from './gradient.ts';

/** d(x^2) = dy * 2x. */
export const SquareGradient = defineGrad(Square, ({ b, dy, x: [x] }) => [() => b.op('Mul', { x: dy, y: b.op('Mul', { x, y: b.constant(2) }) })]);
