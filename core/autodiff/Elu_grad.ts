import { Elu } from '../ops/Elu.ts';
import { defineGrad } from './gradient.ts';

/** dy where y > 0, dy * (y + 1) elsewhere, as one EluGrad node (TF1's). */
export const EluGradient = defineGrad(Elu, ({ b, dy, y: [y] }) => [() => b.op('EluGrad', { dy, y })]);
