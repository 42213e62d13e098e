import * as tf from '@tensorflow/tfjs-core';
import { ExpandDims } from '../../ops/ExpandDims.ts';
import { defineLowering } from '../lowering.ts';

export const ExpandDimsLowering = defineLowering(ExpandDims, ({ axis }) => ([x]) => tf.expandDims(x, axis));
