import * as tf from '@tensorflow/tfjs-core';
import { Square } from '../../ops/Square.ts';
import { defineLowering } from '../lowering.ts';

export const SquareLowering = defineLowering(Square, () => ([x]) => tf.square(x));
