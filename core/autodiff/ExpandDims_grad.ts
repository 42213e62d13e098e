import { ExpandDims } from '../ops/ExpandDims.ts';
import { defineGrad } from './gradient.ts';

/** ExpandDims only adds a size-1 dimension, so the gradient is dy in the input's shape. */
export const ExpandDimsGradient = defineGrad(ExpandDims, ({ b, dy, x: [x] }) => [() => b.op('ReshapeLike', { x: dy, like: x })]);
