import * as tf from '@tensorflow/tfjs-core';
import { Sqrt } from '../../ops/Sqrt.ts';
import { defineLowering } from '../lowering.ts';

export const SqrtLowering = defineLowering(Sqrt, () => ([x]) => tf.sqrt(x));
