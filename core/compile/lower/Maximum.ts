import * as tf from '@tensorflow/tfjs-core';
import { Maximum } from '../../ops/Maximum.ts';
import { defineLowering } from '../lowering.ts';

export const MaximumLowering = defineLowering(Maximum, () => ([x, y]) => tf.maximum(x, y));
