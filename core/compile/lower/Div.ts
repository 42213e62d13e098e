import * as tf from '@tensorflow/tfjs-core';
import { Div } from '../../ops/Div.ts';
import { defineLowering } from '../lowering.ts';

export const DivLowering = defineLowering(Div, () => ([x, y]) => tf.div(x, y));
