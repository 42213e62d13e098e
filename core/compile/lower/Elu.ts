import * as tf from '@tensorflow/tfjs-core';
import { Elu } from '../../ops/Elu.ts';
import { defineLowering } from '../lowering.ts';

export const EluLowering = defineLowering(Elu, () => ([x]) => tf.elu(x));
