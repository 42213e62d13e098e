import * as tf from '@tensorflow/tfjs-core';
import { ReduceMax } from '../../ops/ReduceMax.ts';
import { defineLowering } from '../lowering.ts';

export const ReduceMaxLowering = defineLowering(ReduceMax, ({ axis, keepDims }) => ([x]) => tf.max(x, axis ?? undefined, keepDims));
