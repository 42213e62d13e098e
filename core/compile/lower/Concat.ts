import * as tf from '@tensorflow/tfjs-core';
import { Concat } from '../../ops/Concat.ts';
import { defineLowering } from '../lowering.ts';

export const ConcatLowering = defineLowering(Concat, ({ axis }) => (values) => tf.concat(values, axis));
