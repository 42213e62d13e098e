/**
 * The input padding the SIMD convolution passes need: they read every window
 * whole, so the input is padded before as TF pads it and after as far as the
 * last window reaches (and no further, so VALID adds nothing). The padding
 * itself is a pass of its own (padImages.wat) where it runs, tf.pad elsewhere.
 */
import * as tf from '@tensorflow/tfjs-core';
import { type Pair, type Padding, padAmounts } from '../../../ops/window.ts';
import * as padImagesModule from './padImagesWasm.ts';
import { activeWasm, addressOf, registerWasmKernel } from './wasmModules.ts';

const KERNEL = 'FlowboardPadImages';

interface PadExports {
  padImages(x: number, y: number, ...dims: number[]): void;
}

registerWasmKernel(KERNEL, ({ inputs: { x }, attrs }: { inputs: { x: tf.TensorInfo }; attrs?: tf.NamedAttrMap }) => {
  const { backend, exports } = activeWasm<PadExports>(padImagesModule)!;
  const { pads } = attrs as unknown as { pads: [number, number, number, number] };
  const [n, h, w, c] = x.shape;
  const [pt, pb, pl, pr] = pads;
  const y = backend.makeOutput([n, pt + h + pb, pl + w + pr, c], 'float32');
  exports.padImages(addressOf(backend, x), addressOf(backend, y), n, h, w, c, ...pads);
  return y;
});

/** x [n, h, w, c] padded so that every window of a [kh, kw] filter with these strides lies inside it; x itself where none is needed. */
export function padToWindows(x: tf.Tensor4D, [kh, kw]: Pair, strides: Pair, [ho, wo]: Pair, padding: Padding): tf.Tensor4D {
  const [, h, w] = x.shape;
  const [pt] = padAmounts(h, kh, strides[0], padding);
  const [pl] = padAmounts(w, kw, strides[1], padding);
  const pb = Math.max((ho - 1) * strides[0] + kh - h - pt, 0);
  const pr = Math.max((wo - 1) * strides[1] + kw - w - pl, 0);
  return padImages(x, [pt, pb, pl, pr]);
}

/**
 * The zeros to add above, below, left and right of dy [n, ho, wo, co] so that a
 * stride-1 convolution of it with the flipped filter gives dx [n, h, w, c]:
 * each input pixel then sees every output its window reached.
 */
export function inputGradPads([, h, w]: readonly number[], [kh, kw]: readonly number[], [, ho, wo]: readonly number[], padding: Padding): [number, number, number, number] {
  const [pt] = padAmounts(h, kh, 1, padding);
  const [pl] = padAmounts(w, kw, 1, padding);
  return [kh - 1 - pt, h - ho + pt, kw - 1 - pl, w - wo + pl];
}

/** x [n, h, w, c] with zeros added above, below, left and right (pads in that order); x itself where all are 0. */
export function padImages(x: tf.Tensor4D, [pt, pb, pl, pr]: [number, number, number, number]): tf.Tensor4D {
  if (pt + pb + pl + pr === 0) return x;
  if (x.dtype === 'float32' && activeWasm(padImagesModule)) return tf.engine().runKernel(KERNEL, { x }, { pads: [pt, pb, pl, pr] } as unknown as tf.NamedAttrMap) as tf.Tensor4D;
  return tf.pad(x, [[0, 0], [pt, pb], [pl, pr], [0, 0]]);
}
