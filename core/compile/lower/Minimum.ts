import * as tf from '@tensorflow/tfjs-core';
import { Minimum } from '../../ops/Minimum.ts';
import { defineLowering } from '../lowering.ts';

export const MinimumLowering = defineLowering(Minimum, () => ([x, y]) => tf.minimum(x, y));
