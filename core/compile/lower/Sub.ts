import * as tf from '@tensorflow/tfjs-core';
import { Sub } from '../../ops/Sub.ts';
import { defineLowering } from '../lowering.ts';

export const SubLowering = defineLowering(Sub, () => ([x, y]) => tf.sub(x, y));
