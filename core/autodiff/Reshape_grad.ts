import { Reshape } from '../ops/Reshape.ts';
import { defineGrad } from './gradient.ts';

/** The gradient takes the input's shape back, read at run time so a -1 or ? dimension works. */
export const ReshapeGradient = defineGrad(Reshape, ({ b, dy, x: [x] }) => [() => b.op('ReshapeLike', { x: dy, like: x })]);
