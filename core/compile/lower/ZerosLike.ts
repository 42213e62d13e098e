import * as tf from '@tensorflow/tfjs-core';
import { ZerosLike } from '../../ops/ZerosLike.ts';
import { defineLowering } from '../lowering.ts';

export const ZerosLikeLowering = defineLowering(ZerosLike, () => ([x]) => tf.zerosLike(x));
