import { Squeeze } from '../ops/Squeeze.ts';
import { defineGrad } from './gradient.ts';

/** Squeeze only drops size-1 dimensions, so the gradient is dy in the input's shape. */
export const SqueezeGradient = defineGrad(Squeeze, ({ b, dy, x: [x] }) => [() => b.op('ReshapeLike', { x: dy, like: x })]);
