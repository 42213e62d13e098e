import * as tf from '@tensorflow/tfjs-core';
import { isFullyDefined } from '../../graph/shape.ts';
import { Conv2DBackpropFilter } from '../../ops/Conv2DBackpropFilter.ts';
import { defineLowering, type Kernel } from '../lowering.ts';
import { filterGradByCorrelation, filterGradByPatches, patchFilter, prefersPatches } from './convFilterGrad.ts';
import { filterGradFits, filterGradWasm } from './wasm/convFilterGrad.ts';
import { filterGradOneChannel } from './wasm/convOneChannel.ts';
import { pairOf, tfPad } from './windowAttrs.ts';

/**
 * The native kernel where the backend has one. wasm has none: there a SIMD
 * pass (wasm/convFilterGrad.ts) for output channels in groups of eight, or its
 * one-channel form (wasm/convOneChannel.ts) where the input has one channel,
 * else the faster of two XNNPACK formulations for the filter's shape (convFilterGrad.ts).
 */
export const Conv2DBackpropFilterLowering = defineLowering(Conv2DBackpropFilter, ({ strides, padding }, { backend, inputTypes }) => {
  const s = pairOf('strides', strides);
  if (backend !== 'wasm') {
    return ([x, f, dy]) =>
      tf.engine().runKernel('Conv2DBackpropFilter', { x, dy }, { strides: s, pad: tfPad(padding), dataFormat: 'NHWC', filterShape: f.shape }) as tf.Tensor;
  }
  const known = inputTypes[1].shape;
  // The one-hot filter is made once when the filter's shape is known (it always is for a Variable).
  const owned = isFullyDefined(known) && !filterGradFits(known) && prefersPatches(known) ? patchFilter(known[0], known[1], known[2]) : undefined;
  const kernel: Kernel = ([x, f, dy]) => {
    const shape = (f as tf.Tensor4D).shape;
    const simd = filterGradOneChannel(x as tf.Tensor4D, dy as tf.Tensor4D, shape, s, padding) ?? filterGradWasm(x as tf.Tensor4D, dy as tf.Tensor4D, shape, s, padding);
    if (simd) return simd;
    if (!prefersPatches(shape)) return filterGradByCorrelation(x as tf.Tensor4D, dy as tf.Tensor4D, shape, s, padding);
    const onehot = owned ?? patchFilter(shape[0], shape[1], shape[2]);
    return filterGradByPatches(x as tf.Tensor4D, dy as tf.Tensor4D, shape, s, padding, onehot);
  };
  return owned ? { kernel, owned: [owned] } : kernel;
});
