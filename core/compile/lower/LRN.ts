import * as tf from '@tensorflow/tfjs-core';
import { LRN } from '../../ops/LRN.ts';
import { defineLowering } from '../lowering.ts';

/** tfjs's LRN kernel, which cpu, wasm and WebGL all have (checked against TF1 on cpu and wasm in ops.tf.test.ts). */
export const LRNLowering = defineLowering(LRN, ({ depthRadius, bias, alpha, beta }) => ([x]) => tf.localResponseNormalization(x as tf.Tensor4D, depthRadius, bias, alpha, beta));
