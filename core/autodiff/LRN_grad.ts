import { LRN } from '../ops/LRN.ts';
import { defineGrad } from './gradient.ts';

/** One LRNGrad node, fed the LRN's input and output as TF1's _LRNGrad does. */
export const LRNGradient = defineGrad(LRN, ({ b, dy, x: [x], y: [y], attrs }) => [() => b.op('LRNGrad', { x, y, dy }, { ...attrs })]);
