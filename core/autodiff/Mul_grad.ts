import { Mul } from '../ops/Mul.ts';
import { sumToInput } from './broadcast.ts';
import { defineGrad } from './gradient.ts';

/** d(x * y) = dy * y for x and dy * x for y, each summed back over its broadcast axes. */
export const MulGradient = defineGrad(Mul, ({ b, dy, x: [x, y] }) => [
  () => sumToInput(b, b.op('Mul', { x: dy, y }), x, y),
  () => sumToInput(b, b.op('Mul', { x: dy, y: x }), y, x),
]);
