import * as tf from '@tensorflow/tfjs-core';
import { SliceLike } from '../../ops/SliceLike.ts';
import { defineLowering } from '../lowering.ts';

export const SliceLikeLowering = defineLowering(SliceLike, ({ begin }) => ([x, like]) => tf.slice(x, begin ?? [], like.shape));
