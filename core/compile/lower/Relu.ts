import * as tf from '@tensorflow/tfjs-core';
import { Relu } from '../../ops/Relu.ts';
import { defineLowering } from '../lowering.ts';

export const ReluLowering = defineLowering(Relu, () => ([x]) => tf.relu(x));
