import * as tf from '@tensorflow/tfjs-core';
import { Pow } from '../../ops/Pow.ts';
import { defineLowering } from '../lowering.ts';

export const PowLowering = defineLowering(Pow, () => ([x, y]) => tf.pow(x, y));
