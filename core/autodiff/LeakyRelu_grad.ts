import { LeakyRelu } from '../ops/LeakyRelu.ts';
import { defineGrad } from './gradient.ts';

/** dy where x > 0, alpha * dy elsewhere, as one LeakyReluGrad node (TF1's). */
export const LeakyReluGradient = defineGrad(LeakyRelu, ({ b, dy, x: [x], attrs: { alpha } }) => [() => b.op('LeakyReluGrad', { dy, x }, { alpha })]);
