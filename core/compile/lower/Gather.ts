import * as tf from '@tensorflow/tfjs-core';
import { Gather } from '../../ops/Gather.ts';
import { defineLowering } from '../lowering.ts';
import { checkIndices, readsIndicesCheaply } from './gatherIndices.ts';

/** tfjs's gather (GatherV2 on every backend), after the range check where it is cheap. */
export const GatherLowering = defineLowering(Gather, ({ axis }, { backend }) => {
  const check = readsIndicesCheaply(backend);
  return ([params, indices]) => {
    const a = axis < 0 ? axis + params.rank : axis;
    if (check) checkIndices(indices, params.shape[a], a);
    return tf.gather(params, indices, a);
  };
});
