import * as tf from '@tensorflow/tfjs-core';
import { Tanh } from '../../ops/Tanh.ts';
import { defineLowering } from '../lowering.ts';

export const TanhLowering = defineLowering(Tanh, () => ([x]) => tf.tanh(x));
