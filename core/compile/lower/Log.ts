import * as tf from '@tensorflow/tfjs-core';
import { Log } from '../../ops/Log.ts';
import { defineLowering } from '../lowering.ts';

export const LogLowering = defineLowering(Log, () => ([x]) => tf.log(x));
