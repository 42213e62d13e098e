import * as tf from '@tensorflow/tfjs-core';
import { Equal } from '../../ops/Equal.ts';
import { defineLowering } from '../lowering.ts';

export const EqualLowering = defineLowering(Equal, () => ([x, y]) => tf.equal(x, y));
