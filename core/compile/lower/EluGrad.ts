import * as tf from '@tensorflow/tfjs-core';
import { EluGrad } from '../../ops/EluGrad.ts';
import { defineLowering } from '../lowering.ts';

/** Below zero y = e^x - 1, so e^x, the slope, is y + 1. */
export const EluGradLowering = defineLowering(EluGrad, () => ([dy, y]) => tf.where(tf.greater(y, 0), dy, tf.mul(dy, tf.add(y, 1))));
