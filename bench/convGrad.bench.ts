/**
 * The measurements behind the wasm lowerings of the CNN gradients, on MNIST's
 * shapes (batch 100), each variant on fresh tensors as in training (XNNPACK
 * repacks the weights of every new tensor), interleaved:
 * - the filter gradient by patches or by correlation (convFilterGrad.ts),
 * - the input gradient by a flipped convolution or the wasm kernel
 *   (Conv2DBackpropInput.ts),
 * - MaxPool's gradient by the JS loop or the (wrong for negative windows)
 *   wasm kernel (maxPoolGradLoop.ts).
 */
import * as tf from '@tensorflow/tfjs-core';
import { filterGradByCorrelation, filterGradByPatches, patchFilter, prefersPatches } from '../core/compile/lower/convFilterGrad.ts';
import { flippedConv } from '../core/compile/lower/Conv2DBackpropInput.ts';
import { maxPoolGradLoop } from '../core/compile/lower/maxPoolGradLoop.ts';
import { useBackend } from '../core/runtime/backend.ts';
import { type BenchRow, defineBench } from './lib/bench.ts';
import { median, type Timing } from './lib/timing.ts';

const RUNS = 15;
const LAYERS: [number, number, number][] = [[28, 1, 32], [14, 32, 64], [7, 64, 128]];

/** Median milliseconds of each variant, run in turn RUNS times; each run's inputs are made fresh and not timed. */
function race(variants: Record<string, (fresh: () => tf.Tensor4D[]) => tf.Tensor>, make: () => tf.Tensor4D[]): Record<string, Timing> {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  for (let run = -1; run < RUNS; run++) {
    for (const [name, fn] of Object.entries(variants)) {
      const inputs = make();
      const start = performance.now();
      const out = tf.tidy(() => fn(() => inputs));
      out.dataSync();
      if (run >= 0) times[name].push(performance.now() - start);
      tf.dispose([out, ...inputs]);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([k, t]) => [k, { median: median(t), min: Math.min(...t), max: Math.max(...t), runs: t.length }]));
}

export default defineBench({
  name: 'convGrad',
  async run() {
    await useBackend('wasm');
    const rows: BenchRow[] = [];
    for (const [h, c, co] of LAYERS) {
      const shape: [number, number, number, number] = [3, 3, c, co];
      const onehot = patchFilter(3, 3, c);
      const make = () => [tf.randomNormal([100, h, h, c]), tf.randomNormal([100, h, h, co]), tf.randomNormal(shape)] as tf.Tensor4D[];
      const t = race(
        {
          'dW patches': (f) => filterGradByPatches(f()[0], f()[1], shape, [1, 1], 'SAME', onehot),
          'dW correlation': (f) => filterGradByCorrelation(f()[0], f()[1], shape, [1, 1], 'SAME'),
          'dx flipped conv': (f) => flippedConv(f()[0].shape, f()[2], f()[1], 'SAME'),
          'dx wasm kernel': (f) => tf.conv2dTranspose(f()[1], f()[2], f()[0].shape as [number, number, number, number], 1, 'same'),
        },
        make,
      );
      onehot.dispose();
      const chosen = prefersPatches(shape) ? 'dW patches' : 'dW correlation';
      for (const [name, timing] of Object.entries(t))
        rows.push({ name: `[${h},${h},${c}] -> ${co}: ${name}`, timing, note: name === chosen || name === 'dx flipped conv' ? 'the lowering\'s choice' : '' });
    }
    for (const [h, c] of [[28, 32], [14, 64]]) {
      const make = () => {
        const x = tf.randomNormal([100, h, h, c]) as tf.Tensor4D;
        return [x, tf.maxPool(x, 2, 2, 'same'), tf.randomNormal([100, h / 2, h / 2, c])] as tf.Tensor4D[];
      };
      const t = race(
        {
          'MaxPoolGrad JS loop': (f) => maxPoolGradLoop(f()[0], f()[2], [2, 2], [2, 2], 'SAME'),
          'MaxPoolGrad wasm kernel': (f) => tf.engine().runKernel('MaxPoolGrad', { dy: f()[2], input: f()[0], output: f()[1] }, { filterSize: 2, strides: 2, pad: 'same' }) as tf.Tensor,
        },
        make,
      );
      for (const [name, timing] of Object.entries(t)) rows.push({ name: `[${h},${h},${c}] 2x2 pool: ${name}`, timing, note: name.includes('JS') ? 'the lowering\'s choice (the kernel is also wrong for negative windows)' : '' });
    }
    return rows;
  },
});
