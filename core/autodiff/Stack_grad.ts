import { Stack } from '../ops/Stack.ts';
import { defineGrad } from './gradient.ts';

/** Input i of a Stack gets slice i of dy along the stacked axis (TF1 unstacks the gradient). */
export const StackGradient = defineGrad(Stack, ({ b, dy, x, attrs: { axis } }) => x.map((_, index) => () => b.op('UnstackAt', { x: dy }, { axis, index })));
