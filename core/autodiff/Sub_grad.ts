import { Sub } from '../ops/Sub.ts';
import { sumToInput } from './broadcast.ts';
import { defineGrad } from './gradient.ts';

/** d(x - y) = dy for x and -dy for y, each summed back over its broadcast axes. */
export const SubGradient = defineGrad(Sub, ({ b, dy, x: [x, y] }) => [
  () => sumToInput(b, dy, x, y),
  () => sumToInput(b, b.op('Neg', { x: dy }), y, x),
]);
