import * as tf from '@tensorflow/tfjs-core';
import { Abs } from '../../ops/Abs.ts';
import { defineLowering } from '../lowering.ts';

export const AbsLowering = defineLowering(Abs, () => ([x]) => tf.abs(x));
