import * as tf from '@tensorflow/tfjs-core';
import { MaxPoolGrad } from '../../ops/MaxPoolGrad.ts';
import { defineLowering } from '../lowering.ts';
import { maxPoolGradLoop } from './maxPoolGradLoop.ts';
import { maxPoolGradWasm } from './wasm/maxPoolGrad.ts';
import { pairOf, tfPad } from './windowAttrs.ts';

/**
 * The backend's kernel, except on wasm, whose kernel is wrong for negative
 * windows: there a SIMD pass (wasm/maxPoolGrad.ts), or the JS loop where the
 * engine has no WebAssembly SIMD.
 */
export const MaxPoolGradLowering = defineLowering(MaxPoolGrad, ({ ksize, strides, padding }, { backend }) => {
  const [k, s] = [pairOf('ksize', ksize), pairOf('strides', strides)];
  if (backend === 'wasm') return ([x, , dy]) => maxPoolGradWasm(x, dy, k, s, padding) ?? maxPoolGradLoop(x, dy, k, s, padding);
  return ([x, y, dy]) => tf.engine().runKernel('MaxPoolGrad', { dy, input: x, output: y }, { filterSize: k, strides: s, pad: tfPad(padding) }) as tf.Tensor;
});
