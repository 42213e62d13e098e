import { Flatten } from '../ops/Flatten.ts';
import { defineGrad } from './gradient.ts';

/** Back to the input's shape, read at run time so an unknown batch size works. */
export const FlattenGradient = defineGrad(Flatten, ({ b, dy, x: [x] }) => [() => b.op('ReshapeLike', { x: dy, like: x })]);
