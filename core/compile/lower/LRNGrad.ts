import * as tf from '@tensorflow/tfjs-core';
import { LRNGrad } from '../../ops/LRNGrad.ts';
import { defineLowering } from '../lowering.ts';

/** tfjs's LRNGrad kernel (cpu, wasm and WebGL have one; checked against tf.raw_ops.LRNGrad on cpu and wasm). */
export const LRNGradLowering = defineLowering(LRNGrad, ({ depthRadius, bias, alpha, beta }) => ([x, y, dy]) =>
  tf.engine().runKernel('LRNGrad', { x, y, dy }, { depthRadius, bias, alpha, beta }) as tf.Tensor,
);
