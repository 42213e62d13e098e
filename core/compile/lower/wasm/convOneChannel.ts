/**
 * Conv2D and its filter gradient on wasm for an input of one channel (MNIST's
 * first layer) as SIMD passes (convOneChannel.wat). With one channel each
 * output value is only kh * kw multiply-adds, which XNNPACK's convolution and
 * the general filter-gradient pass (convFilterGrad.ts, whose tiles of four
 * filter rows leave a quarter of their work unused on a 3x3 filter's nine)
 * run at half the matmul's speed or less (bench/convSpeed.bench.ts).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Pair, Padding } from '../../../ops/window.ts';
import * as convOneChannelModule from './convOneChannelWasm.ts';
import { activeWasm, addressOf, leaveToThreads, registerWasmKernel } from './wasmModules.ts';
import { padToWindows } from './windowPad.ts';

const FORWARD = 'FlowboardConv2DOneChannel';
const FILTER_GRAD = 'FlowboardConv2DBackpropFilterOneChannel';

type Pass = (x: number, other: number, out: number, ...dims: number[]) => void;

interface OneChannelExports {
  forward: Pass;
  filterGrad: Pass;
}

type Args = { inputs: { x: tf.TensorInfo; other: tf.TensorInfo }; attrs?: tf.NamedAttrMap };

/** Registers a pass over a padded x and one other tensor (the filter or dy), giving a float32 output of `outShape`. */
function registerPass(kernelName: string, pass: keyof OneChannelExports): void {
  registerWasmKernel(kernelName, ({ inputs: { x, other }, attrs }: Args) => {
    const { backend, exports } = activeWasm<OneChannelExports>(convOneChannelModule)!;
    const { outShape, window } = attrs as unknown as { outShape: number[]; window: Pair };
    const out = backend.makeOutput(outShape, 'float32');
    const [n, hp, wp] = x.shape;
    const [ho, wo, co] = pass === 'forward' ? outShape.slice(1) : other.shape.slice(1);
    exports[pass](addressOf(backend, x), addressOf(backend, other), addressOf(backend, out), n, hp, wp, ho, wo, co, ...window);
    return out;
  });
}
registerPass(FORWARD, 'forward');
registerPass(FILTER_GRAD, 'filterGrad');

/** Whether the passes take this filter [kh, kw, c, co] and stride: one input channel, output channels in eights, stride 1. */
export function oneChannelFits([, , c, co]: readonly number[], [sh, sw]: Pair): boolean {
  return c === 1 && co % 8 === 0 && sh === 1 && sw === 1;
}

function runPass(kernelName: string, x: tf.Tensor4D, other: tf.Tensor, window: Pair, out: Pair, padding: Padding, outShape: number[]): tf.Tensor {
  const padded = padToWindows(x, window, [1, 1], out, padding);
  const result = tf.engine().runKernel(kernelName, { x: padded, other }, { outShape, window } as unknown as tf.NamedAttrMap) as tf.Tensor;
  if (padded !== x) padded.dispose();
  return result;
}

const usable = (...ts: tf.Tensor[]) => ts.every((t) => t.dtype === 'float32') && activeWasm(convOneChannelModule) !== undefined;

/**
 * tf.conv2d(x, f) on wasm for one input channel, or undefined where the pass
 * cannot run (see oneChannelFits; no wasm backend or SIMD) or should not: on
 * more than two threads XNNPACK splits the convolution across them (see
 * leaveToThreads). The filter gradient's passes run on one thread either way.
 */
export function conv2dOneChannel(x: tf.Tensor4D, f: tf.Tensor4D, strides: Pair, padding: Padding): tf.Tensor | undefined {
  if (!oneChannelFits(f.shape, strides) || !usable(x, f) || leaveToThreads(activeWasm(convOneChannelModule)!.backend)) return undefined;
  const [n, h, w] = x.shape;
  const [kh, kw, , co] = f.shape;
  const [ho, wo] = padding === 'SAME' ? [h, w] : [h - kh + 1, w - kw + 1];
  if (ho < 1 || wo < 1) return undefined;
  return runPass(FORWARD, x, f, [kh, kw], [ho, wo], padding, [n, ho, wo, co]);
}

/** dW [kh, kw, 1, co] on wasm for one input channel, or undefined where the pass cannot run (as conv2dOneChannel, and kw a multiple of 3). */
export function filterGradOneChannel(x: tf.Tensor4D, dy: tf.Tensor4D, filterShape: readonly number[], strides: Pair, padding: Padding): tf.Tensor | undefined {
  if (!oneChannelFits(filterShape, strides) || filterShape[1] % 3 !== 0 || !usable(x, dy)) return undefined;
  const [kh, kw] = filterShape;
  return runPass(FILTER_GRAD, x, dy, [kh, kw], [dy.shape[1], dy.shape[2]], padding, [...filterShape]);
}
