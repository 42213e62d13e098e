import * as tf from '@tensorflow/tfjs-core';
import { ReluGrad } from '../../ops/ReluGrad.ts';
import { defineLowering } from '../lowering.ts';

/** step(x) is 1 where x > 0 and 0 elsewhere, TF's ReluGrad rule (0 at exactly 0). */
export const ReluGradLowering = defineLowering(ReluGrad, () => ([dy, x]) => tf.mul(dy, tf.step(x)));
