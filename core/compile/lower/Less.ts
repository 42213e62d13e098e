import * as tf from '@tensorflow/tfjs-core';
import { Less } from '../../ops/Less.ts';
import { defineLowering } from '../lowering.ts';

export const LessLowering = defineLowering(Less, () => ([x, y]) => tf.less(x, y));
