import * as tf from '@tensorflow/tfjs-core';
import { Transpose } from '../../ops/Transpose.ts';
import { defineLowering } from '../lowering.ts';

/** A null perm reverses the dimensions, which is also tfjs's default. */
export const TransposeLowering = defineLowering(Transpose, ({ perm }) => ([x]) => tf.transpose(x, perm ?? undefined));
