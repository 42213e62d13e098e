import * as tf from '@tensorflow/tfjs-core';
import { Exp } from '../../ops/Exp.ts';
import { defineLowering } from '../lowering.ts';

export const ExpLowering = defineLowering(Exp, () => ([x]) => tf.exp(x));
