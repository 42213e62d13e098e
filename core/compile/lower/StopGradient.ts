import * as tf from '@tensorflow/tfjs-core';
import { StopGradient } from '../../ops/StopGradient.ts';
import { defineLowering } from '../lowering.ts';

/** Forward it is the identity (a clone, so the node owns its output); autodiff stops at it. */
export const StopGradientLowering = defineLowering(StopGradient, () => ([x]) => tf.clone(x));
