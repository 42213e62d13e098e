import * as tf from '@tensorflow/tfjs-core';
import { Sigmoid } from '../../ops/Sigmoid.ts';
import { defineLowering } from '../lowering.ts';

export const SigmoidLowering = defineLowering(Sigmoid, () => ([x]) => tf.sigmoid(x));
