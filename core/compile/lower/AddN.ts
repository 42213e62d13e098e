import * as tf from '@tensorflow/tfjs-core';
import { AddN } from '../../ops/AddN.ts';
import { defineLowering } from '../lowering.ts';

export const AddNLowering = defineLowering(AddN, () => (inputs) => tf.addN(inputs));
