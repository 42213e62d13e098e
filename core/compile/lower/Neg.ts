import * as tf from '@tensorflow/tfjs-core';
import { Neg } from '../../ops/Neg.ts';
import { defineLowering } from '../lowering.ts';

export const NegLowering = defineLowering(Neg, () => ([x]) => tf.neg(x));
