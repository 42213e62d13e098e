/**
 * The CNN kernels on wasm against the machine's plain wasm matmul (issue 15:
 * each at >= 60% of its GFLOP/s). For every conv layer of mnist-cnn and
 * mnist-deep-cnn (batch 100, 3x3 SAME, then 2x2 max-pool): Conv2D, both of
 * its gradients and the pooling kernels as Flowboard lowers them, next to
 * the alternatives the lowerings chose between. All run interleaved in one
 * process, each on fresh inputs as in training (XNNPACK repacks the weights
 * of every new tensor), timed without reading the result back (wasm kernels
 * finish before they return).
 *
 * Rates are per second of this process's CPU time (user + system), with the
 * wall time beside them: wasm runs on one thread here, so CPU time counts only
 * the kernel's own running and leaves out the time a shared machine's other
 * processes held the core, which a wall-time median folds in.
 *
 * A conv's work is 2 * N * Ho * Wo * kh * kw * C * Co flops. Pooling does one
 * comparison per window value read, so its flop rate is bound by memory, not
 * arithmetic; it is given in GB/s moved as well, against an elementwise Add
 * of the same size (the memory-bound reference).
 */
import * as tf from '@tensorflow/tfjs-core';
import { flippedConv } from '../core/compile/lower/Conv2DBackpropInput.ts';
import { filterGradByCorrelation, filterGradByPatches, patchFilter } from '../core/compile/lower/convFilterGrad.ts';
import { filterGradWasm } from '../core/compile/lower/wasm/convFilterGrad.ts';
import { maxPoolGradWasm } from '../core/compile/lower/wasm/maxPoolGrad.ts';
import { maxPoolGradLoop } from '../core/compile/lower/maxPoolGradLoop.ts';
import { padToWindows } from '../core/compile/lower/wasm/windowPad.ts';
import { useBackend } from '../core/runtime/backend.ts';
import { lowered } from '../test/lowered.ts';
import { type BenchRow, defineBench } from './lib/bench.ts';
import { median, type Timing } from './lib/timing.ts';

const RUNS = Number(process.env.CONV_SPEED_RUNS ?? 9);
const BATCH = 100;
/** [height = width, in channels, out channels]: conv1-2 are mnist-cnn's, conv1-3 mnist-deep-cnn's. */
const LAYERS: [number, number, number][] = [[28, 1, 32], [14, 32, 64], [7, 64, 128]];
const MATMUL = 512;

interface Case {
  name: string;
  /** Flops (or, for pooling, window values compared) of one call. */
  work: number;
  /** Bytes read and written, for the memory-bound kernels. */
  bytes?: number;
  make: () => tf.Tensor[];
  run: (inputs: tf.Tensor[]) => tf.Tensor;
  note?: string;
}

const normal = (shape: number[]) => tf.randomNormal(shape);
const conv = { strides: [1, 1, 1, 1], padding: 'SAME' };
const pool = { ksize: [1, 2, 2, 1], strides: [1, 2, 2, 1], padding: 'SAME' };

function layerCases([h, c, co]: [number, number, number]): Case[] {
  const x = [BATCH, h, h, c];
  const f = [3, 3, c, co];
  const y = [BATCH, h, h, co];
  const flops = 2 * BATCH * h * h * 9 * c * co;
  const label = `[${h},${h},${c}] -> ${co}`;
  const forward = lowered('Conv2D', conv, [x, f], 'wasm');
  const dx = lowered('Conv2DBackpropInput', conv, [x, f, y], 'wasm');
  const dw = lowered('Conv2DBackpropFilter', conv, [x, f, y], 'wasm');
  const onehot = patchFilter(3, 3, c);
  const pooled = [BATCH, Math.ceil(h / 2), Math.ceil(h / 2), co];
  const maxPool = lowered('MaxPool', pool, [y], 'wasm');
  const maxPoolGrad = lowered('MaxPoolGrad', pool, [y, pooled, pooled], 'wasm');
  const windowValues = BATCH * h * h * co;
  const poolInputs = () => {
    const t = normal(y);
    return [t, tf.maxPool(t as tf.Tensor4D, 2, 2, 'same'), normal(pooled)];
  };
  const single = c === 1;
  const pixels = BATCH * h * h;
  // im2col of the taps (a depthwise convolution by the one-hot filter) into one XNNPACK matmul [pixels, 9c] x [9c, co].
  const byPatches = ([a, b]: tf.Tensor[]) => tf.reshape(tf.matMul(tf.reshape(tf.depthwiseConv2d(a as tf.Tensor4D, onehot, 1, 'same'), [pixels, 9 * c]), tf.reshape(b, [9 * c, co])), y);
  const padBytes = 4 * BATCH * (h * h + (h + 2) * (h + 2)) * c;
  const cases: (Case | false)[] = [
    { name: `${label}: Conv2D`, work: flops, make: () => [normal(x), normal(f)], run: forward, note: single ? 'SIMD pass (convOneChannel.wat)' : 'SIMD pass (conv2d.wat)' },
    { name: `${label}:   Conv2D by XNNPACK (before)`, work: flops, make: () => [normal(x), normal(f)], run: ([a, b]) => tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, 1, 'same') },
    single && { name: `${label}:   Conv2D by im2col and XNNPACK matmul`, work: flops, make: () => [normal(x), normal(f)], run: byPatches },
    { name: `${label}: Conv2DBackpropInput`, work: flops, make: () => [normal(x), normal(f), normal(y)], run: dx, note: single ? 'not computed in training (the input is data)' : 'SIMD pass over the flipped filter (conv2d.wat)' },
    !single && { name: `${label}:   dx by a flipped-filter XNNPACK convolution (before)`, work: flops, make: () => [normal(f), normal(y)], run: ([b, d]) => flippedConv(x, b as tf.Tensor4D, d as tf.Tensor4D, 'SAME') },
    { name: `${label}: Conv2DBackpropFilter`, work: flops, make: () => [normal(x), normal(f), normal(y)], run: dw, note: single ? 'SIMD pass (convOneChannel.wat)' : 'SIMD pass (convFilterGrad.wat)' },
    single && { name: `${label}:   dW by the general SIMD pass (before)`, work: flops, make: () => [normal(x), normal(y)], run: ([a, b]) => filterGradWasm(a as tf.Tensor4D, b as tf.Tensor4D, f, [1, 1], 'SAME')! },
    { name: `${label}:   dW by XNNPACK patches (before)`, work: flops, make: () => [normal(x), normal(y)], run: ([a, b]) => filterGradByPatches(a as tf.Tensor4D, b as tf.Tensor4D, f, [1, 1], 'SAME', onehot) },
    { name: `${label}:   dW by XNNPACK correlation (before)`, work: flops, make: () => [normal(x), normal(y)], run: ([a, b]) => filterGradByCorrelation(a as tf.Tensor4D, b as tf.Tensor4D, f, [1, 1], 'SAME') },
    { name: `${label}:   padding x for the SIMD passes`, work: 0, bytes: padBytes, make: () => [normal(x)], run: ([a]) => padToWindows(a as tf.Tensor4D, [3, 3], [1, 1], [h, h], 'SAME'), note: 'padImages.wat' },
    { name: `${label}:   padding x by tf.pad (before)`, work: 0, bytes: padBytes, make: () => [normal(x)], run: ([a]) => tf.pad(a, [[0, 0], [1, 1], [1, 1], [0, 0]]) },
    { name: `${label}: MaxPool 2x2`, work: windowValues, bytes: 4 * (windowValues + windowValues / 4), make: () => [normal(y)], run: maxPool, note: 'SIMD pass for windows that tile the image (maxPool.wat)' },
    { name: `${label}:   MaxPool by XNNPACK (before)`, work: windowValues, bytes: 4 * (windowValues + windowValues / 4), make: () => [normal(y)], run: ([a]) => tf.maxPool(a as tf.Tensor4D, 2, 2, 'same') },
    { name: `${label}: MaxPoolGrad 2x2`, work: windowValues, bytes: 4 * (2 * windowValues + windowValues / 4), make: poolInputs, run: maxPoolGrad, note: 'SIMD pass for windows that tile the image (maxPoolGrad.wat)' },
    { name: `${label}:   MaxPoolGrad by the general SIMD pass (before)`, work: windowValues, bytes: 4 * (2 * windowValues + windowValues / 4), make: poolInputs, run: ([a, , b]) => maxPoolGradWasm(a, b, [2, 2], [2, 2], 'SAME', false)! },
    { name: `${label}:   MaxPoolGrad by the JS loop (before)`, work: windowValues, bytes: 4 * (2 * windowValues + windowValues / 4), make: poolInputs, run: ([a, , b]) => maxPoolGradLoop(a, b, [2, 2], [2, 2], 'SAME') },
  ];
  return cases.filter((k): k is Case => k !== false);
}

/** Each case's CPU and wall milliseconds, run in turn RUNS times after one untimed round. */
function race(cases: Case[]): { cpu: Timing; wall: Timing }[] {
  const cpu = cases.map(() => [] as number[]);
  const wall = cases.map(() => [] as number[]);
  for (let run = -1; run < RUNS; run++) {
    cases.forEach((c, i) => {
      const inputs = c.make();
      const startCpu = process.cpuUsage();
      const start = performance.now();
      const out = tf.tidy(() => c.run(inputs));
      const ms = performance.now() - start;
      const used = process.cpuUsage(startCpu);
      if (run >= 0) {
        wall[i].push(ms);
        cpu[i].push((used.user + used.system) / 1000);
      }
      tf.dispose([out, ...inputs]);
    });
  }
  const summary = (t: number[]): Timing => ({ median: median(t), min: Math.min(...t), max: Math.max(...t), runs: t.length });
  return cases.map((_, i) => ({ cpu: summary(cpu[i]), wall: summary(wall[i]) }));
}

export default defineBench({
  name: 'convSpeed',
  async run() {
    await useBackend('wasm');
    const matmul: Case = { name: `matmul ${MATMUL}x${MATMUL}x${MATMUL} (the reference)`, work: 2 * MATMUL ** 3, make: () => [normal([MATMUL, MATMUL]), normal([MATMUL, MATMUL])], run: ([a, b]) => tf.matMul(a, b) };
    const elems = BATCH * 28 * 28 * 32;
    const add: Case = { name: `add [${BATCH},28,28,32] (memory reference)`, work: elems, bytes: 12 * elems, make: () => [normal([elems]), normal([elems])], run: ([a, b]) => tf.add(a, b) };
    const cases = [matmul, add, ...LAYERS.flatMap(layerCases)];
    const timings = race(cases);
    const rate = (i: number) => cases[i].work / timings[i].cpu.median / 1e6;
    const gbps = (i: number) => (cases[i].bytes ?? 0) / timings[i].cpu.median / 1e6;
    const reference = rate(0);
    const memory = gbps(1);
    return cases.map((c, i): BenchRow => {
      const flopRate = c.work ? `${rate(i).toFixed(1)} GFLOP/s = ${((100 * rate(i)) / reference).toFixed(0)}% of the matmul` : '';
      const bandwidth = c.bytes ? `${gbps(i).toFixed(1)} GB/s = ${((100 * gbps(i)) / memory).toFixed(0)}% of the Add's` : '';
      const measure = i === 0 ? `${reference.toFixed(1)} GFLOP/s` : [flopRate, bandwidth].filter(Boolean).join('; ');
      const note = `${measure}; wall ${timings[i].wall.median.toPrecision(3)} ms`;
      return { name: `${c.name} (CPU ms)`, timing: timings[i].cpu, note: c.note ? `${note}; ${c.note}` : note };
    });
  },
});
