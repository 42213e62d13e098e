import * as tf from '@tensorflow/tfjs-core';
import { ReshapeLike } from '../../ops/ReshapeLike.ts';
import { defineLowering } from '../lowering.ts';

export const ReshapeLikeLowering = defineLowering(ReshapeLike, () => ([x, like]) => tf.reshape(x, like.shape));
