import * as tf from '@tensorflow/tfjs-core';
import { ArgMax } from '../../ops/ArgMax.ts';
import { defineLowering } from '../lowering.ts';

export const ArgMaxLowering = defineLowering(ArgMax, ({ axis }) => ([x]) => tf.argMax(x, axis));
