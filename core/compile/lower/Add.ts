import * as tf from '@tensorflow/tfjs-core';
import { Add } from '../../ops/Add.ts';
import { defineLowering } from '../lowering.ts';

export const AddLowering = defineLowering(Add, () => ([x, y]) => tf.add(x, y));
