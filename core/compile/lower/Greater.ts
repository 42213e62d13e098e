import * as tf from '@tensorflow/tfjs-core';
import { Greater } from '../../ops/Greater.ts';
import { defineLowering } from '../lowering.ts';

export const GreaterLowering = defineLowering(Greater, () => ([x, y]) => tf.greater(x, y));
