import * as tf from '@tensorflow/tfjs-core';
import { Pad } from '../../ops/Pad.ts';
import { type Paddings, readPaddings } from '../../ops/paddings.ts';
import { defineLowering } from '../lowering.ts';

/** tfjs's pad (PadV2 on every backend, wasm included); inference has checked the pairs. */
export const PadLowering = defineLowering(Pad, ({ paddings, constantValue }) => {
  const pairs = readPaddings(paddings) as Paddings;
  return ([x]) => tf.pad(x, pairs, constantValue);
});
