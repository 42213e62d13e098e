import * as tf from '@tensorflow/tfjs-core';
import { Squeeze } from '../../ops/Squeeze.ts';
import { defineLowering } from '../lowering.ts';

/** tfjs, like TF, reads both a missing and an empty axis list as "every size-1 dimension". */
export const SqueezeLowering = defineLowering(Squeeze, ({ axis }) => ([x]) => tf.squeeze(x, axis ?? undefined));
