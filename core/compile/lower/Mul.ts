import * as tf from '@tensorflow/tfjs-core';
import { Mul } from '../../ops/Mul.ts';
import { defineLowering } from '../lowering.ts';

export const MulLowering = defineLowering(Mul, () => ([x, y]) => tf.mul(x, y));
