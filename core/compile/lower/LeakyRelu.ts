import * as tf from '@tensorflow/tfjs-core';
import { LeakyRelu } from '../../ops/LeakyRelu.ts';
import { defineLowering } from '../lowering.ts';

export const LeakyReluLowering = defineLowering(LeakyRelu, ({ alpha }) => ([x]) => tf.leakyRelu(x, alpha));
