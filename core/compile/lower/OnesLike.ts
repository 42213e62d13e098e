import * as tf from '@tensorflow/tfjs-core';
import { OnesLike } from '../../ops/OnesLike.ts';
import { defineLowering } from '../lowering.ts';

export const OnesLikeLowering = defineLowering(OnesLike, () => ([x]) => tf.onesLike(x));
