import * as tf from '@tensorflow/tfjs-core';
import { Flatten } from '../../ops/Flatten.ts';
import { defineLowering } from '../lowering.ts';

export const FlattenLowering = defineLowering(Flatten, () => ([x]) => tf.reshape(x, [x.shape[0], x.shape.slice(1).reduce((a, b) => a * b, 1)]));
