import * as tf from '@tensorflow/tfjs-core';
import { SigmoidGrad } from '../../ops/SigmoidGrad.ts';
import { defineLowering } from '../lowering.ts';

export const SigmoidGradLowering = defineLowering(SigmoidGrad, () => ([y, dy]) => tf.mul(dy, tf.mul(y, tf.sub(1, y))));
