import * as tf from '@tensorflow/tfjs-core';
import { LeakyReluGrad } from '../../ops/LeakyReluGrad.ts';
import { defineLowering } from '../lowering.ts';

export const LeakyReluGradLowering = defineLowering(LeakyReluGrad, ({ alpha }) => ([dy, x]) => tf.where(tf.greater(x, 0), dy, tf.mul(dy, alpha)));
