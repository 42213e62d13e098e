import * as tf from '@tensorflow/tfjs-core';
import { TanhGrad } from '../../ops/TanhGrad.ts';
import { defineLowering } from '../lowering.ts';

export const TanhGradLowering = defineLowering(TanhGrad, () => ([y, dy]) => tf.mul(dy, tf.sub(1, tf.square(y))));
