import * as tf from '@tensorflow/tfjs-core';
import { Add } from '../../ops/Add.ts';
import { defineLowering } from '../lowering.ts';
import { addRowVectorWasm } from './wasm/addRowVector.ts';

/** tf.add; on wasm a bias add (a matrix and its row) is one SIMD pass (wasm/addRowVector.ts). */
export const AddLowering = defineLowering(Add, (_attrs, { backend }) => {
  if (backend === 'wasm') return ([x, y]) => addRowVectorWasm(x, y) ?? tf.add(x, y);
  return ([x, y]) => tf.add(x, y);
});
