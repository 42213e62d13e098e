import { Gather } from '../ops/Gather.ts';
import { defineGrad } from './gradient.ts';

/** dy added back into the picked rows of params (TF1's IndexedSlices, made dense); indices are positions, with no gradient. */
export const GatherGradient = defineGrad(Gather, ({ b, dy, x: [params, indices], attrs: { axis }, stop }) => [
  () => b.op('GatherGrad', { dy, indices, params }, { axis }),
  () => stop('Gather\'s indices are whole-number positions, which have no gradient'),
]);
