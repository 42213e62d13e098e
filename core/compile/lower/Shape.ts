import * as tf from '@tensorflow/tfjs-core';
import { Shape } from '../../ops/Shape.ts';
import { defineLowering } from '../lowering.ts';

/** The run-time shape, so a `?` batch dimension reads as its real size. */
export const ShapeLowering = defineLowering(Shape, () => ([x]) => tf.tensor1d(x.shape, 'int32'));
