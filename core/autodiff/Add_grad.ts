import { Add } from '../ops/Add.ts';
import { sumToInput } from './broadcast.ts';
import { defineGrad } from './gradient.ts';

/** d(x + y) = dy for both, each summed back over the axes it was broadcast along. */
export const AddGradient = defineGrad(Add, ({ b, dy, x: [x, y] }) => [
  () => sumToInput(b, dy, x, y),
  () => sumToInput(b, dy, y, x),
]);
