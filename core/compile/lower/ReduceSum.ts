import * as tf from '@tensorflow/tfjs-core';
import { ReduceSum } from '../../ops/ReduceSum.ts';
import { defineLowering } from '../lowering.ts';

export const ReduceSumLowering = defineLowering(ReduceSum, ({ axis, keepDims }) => ([x]) => tf.sum(x, axis ?? undefined, keepDims));
