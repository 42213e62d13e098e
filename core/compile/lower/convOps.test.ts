import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../../runtime/backend.ts';
import { Session } from '../../runtime/session.ts';
import { expectTensorsClose, runOp } from '../../../test/opHarness.ts';
import { GraphBuilder } from '../../../test/graphBuilder.ts';
import { filterGradByCorrelation, filterGradByPatches, patchFilter, prefersPatches } from './convFilterGrad.ts';
import { flippedConv } from './Conv2DBackpropInput.ts';
import { maxPoolGradLoop } from './maxPoolGradLoop.ts';
import { filterGradFits } from './wasm/convFilterGrad.ts';
import { fillUniform } from '../../random/distributions.ts';
import { Philox } from '../../random/philox.ts';

let backend: string;
beforeAll(async () => {
  backend = await useBackend('wasm', 'cpu');
});

/** Runs `fn` on the cpu backend (whose conv and max-pool gradient kernels are TF's) and brings the result back as a tensor of the active backend. */
async function onCpu(fn: () => tf.Tensor): Promise<tf.Tensor> {
  const active = tf.getBackend();
  await tf.setBackend('cpu');
  let values: Float32Array;
  let shape: number[];
  try {
    const t = fn();
    [values, shape] = [t.dataSync() as Float32Array, t.shape];
    t.dispose();
  } finally {
    await tf.setBackend(active);
  }
  return tf.tensor(values, shape);
}
const random = (shape: number[], seed: number, lo = -2) => tf.randomUniform(shape, lo, 2, 'float32', seed);
const onCpuRandom = (shape: number[], seed: number, lo = -2) => tf.tensor(random(shape, seed, lo).dataSync(), shape);
type Case = { x: number[]; f: number[]; s: [number, number]; pad: 'same' | 'valid' };
const CASES: Case[] = [
  { x: [2, 6, 6, 1], f: [3, 3, 1, 4], s: [1, 1], pad: 'same' },
  { x: [2, 7, 5, 6], f: [3, 3, 6, 2], s: [1, 1], pad: 'valid' },
  { x: [1, 6, 6, 3], f: [2, 2, 3, 5], s: [1, 1], pad: 'same' },
  { x: [2, 7, 7, 2], f: [3, 3, 2, 3], s: [2, 2], pad: 'same' },
  { x: [1, 9, 8, 4], f: [3, 2, 4, 2], s: [2, 3], pad: 'valid' },
  // Output channels in eights: on wasm the filter gradient is the SIMD pass (wasm/convFilterGrad.ts).
  { x: [3, 6, 6, 1], f: [3, 3, 1, 8], s: [1, 1], pad: 'same' },
  { x: [2, 9, 7, 6], f: [3, 3, 6, 16], s: [2, 2], pad: 'same' },
  { x: [1, 8, 9, 5], f: [2, 3, 5, 8], s: [2, 1], pad: 'valid' },
  { x: [2, 7, 7, 32], f: [3, 3, 32, 64], s: [1, 1], pad: 'same' },
];
const label = (c: Case) => `x [${c.x}] f [${c.f}] strides [${c.s}] ${c.pad}`;

describe('Conv2D and its gradient kernels', () => {
  for (const c of CASES) {
    it(`Conv2D matches tf.conv2d: ${label(c)}`, async () => {
      const [x, w] = [random(c.x, 1), random(c.f, 2)];
      const [out] = runOp({ op: 'Conv2D', attrs: { strides: [1, ...c.s, 1], padding: c.pad.toUpperCase() }, inputs: [x, w] });
      await expectTensorsClose(out, tf.conv2d(x as tf.Tensor4D, w as tf.Tensor4D, c.s, c.pad), 1e-5);
    });

    it(`Conv2DBackpropInput and Conv2DBackpropFilter match the cpu kernels: ${label(c)}`, async () => {
      const [x, w] = [random(c.x, 1), random(c.f, 2)];
      const dy = random(tf.conv2d(x as tf.Tensor4D, w as tf.Tensor4D, c.s, c.pad).shape, 3);
      const attrs = { strides: [1, ...c.s, 1], padding: c.pad.toUpperCase() };
      const [dx] = runOp({ op: 'Conv2DBackpropInput', attrs, inputs: [x, w, dy] });
      const [dw] = runOp({ op: 'Conv2DBackpropFilter', attrs, inputs: [x, w, dy] });
      const dxCpu = await onCpu(() => tf.conv2dTranspose(onCpuRandom(dy.shape, 3) as tf.Tensor4D, onCpuRandom(c.f, 2) as tf.Tensor4D, c.x as [number, number, number, number], c.s, c.pad));
      const dwCpu = await onCpu(() => tf.engine().runKernel('Conv2DBackpropFilter', { x: onCpuRandom(c.x, 1), dy: onCpuRandom(dy.shape, 3) }, { strides: c.s, pad: c.pad, dataFormat: 'NHWC', filterShape: c.f }) as tf.Tensor);
      await expectTensorsClose(dx, dxCpu, 1e-4);
      await expectTensorsClose(dw, dwCpu, 1e-4);
    });
  }

  it('computes the filter gradient both ways on wasm, whichever the shape prefers', async () => {
    for (const c of CASES) {
      const [x, w] = [random(c.x, 4), random(c.f, 5)];
      const dy = random(tf.conv2d(x as tf.Tensor4D, w as tf.Tensor4D, c.s, c.pad).shape, 6) as tf.Tensor4D;
      const pad = c.pad === 'same' ? 'SAME' : 'VALID';
      const onehot = patchFilter(c.f[0], c.f[1], c.f[2]);
      const a = filterGradByPatches(x as tf.Tensor4D, dy, c.f, c.s, pad, onehot);
      const b = filterGradByCorrelation(x as tf.Tensor4D, dy, c.f, c.s, pad);
      await expectTensorsClose(a, b, 1e-4);
      if (c.s[0] === 1 && c.s[1] === 1) await expectTensorsClose(flippedConv(c.x, w as tf.Tensor4D, dy, pad), tf.conv2dTranspose(dy, w as tf.Tensor4D, c.x as [number, number, number, number], 1, c.pad), 1e-4);
    }
    // Where the SIMD pass does not fit, [3,3,1,6] takes the patches and [3,3,32,2] the correlation.
    expect([prefersPatches([3, 3, 1, 6]), prefersPatches([3, 3, 32, 2])]).toEqual([true, false]);
    expect([filterGradFits([3, 3, 1, 32]), filterGradFits([3, 3, 32, 64]), filterGradFits([3, 3, 2, 3])]).toEqual([true, true, false]);
  });
});

describe('pooling and its gradient kernels', () => {
  const pools: { x: number[]; k: [number, number]; s: [number, number]; pad: 'same' | 'valid' }[] = [
    { x: [2, 5, 5, 3], k: [2, 2], s: [2, 2], pad: 'same' },
    { x: [1, 7, 6, 2], k: [3, 3], s: [2, 2], pad: 'same' },
    { x: [2, 6, 5, 2], k: [3, 2], s: [1, 2], pad: 'valid' },
  ];
  for (const p of pools) {
    const attrs = { ksize: [1, ...p.k, 1], strides: [1, ...p.s, 1], padding: p.pad.toUpperCase() };
    it(`MaxPool, AvgPool and MaxPoolGrad match tfjs (cpu for the gradient), negative windows included: x [${p.x}] k [${p.k}] s [${p.s}] ${p.pad}`, async () => {
      const x = random(p.x, 7, -3);
      const y = tf.maxPool(x as tf.Tensor4D, p.k, p.s, p.pad);
      const dy = random(y.shape, 8);
      await expectTensorsClose(runOp({ op: 'MaxPool', attrs, inputs: [x] })[0], y);
      await expectTensorsClose(runOp({ op: 'AvgPool', attrs, inputs: [x] })[0], tf.avgPool(x as tf.Tensor4D, p.k, p.s, p.pad));
      const expected = await onCpu(() => {
        const xc = onCpuRandom(p.x, 7, -3);
        return tf.engine().runKernel('MaxPoolGrad', { dy: onCpuRandom(y.shape, 8), input: xc, output: tf.maxPool(xc as tf.Tensor4D, p.k, p.s, p.pad) }, { filterSize: p.k, strides: p.s, pad: p.pad }) as tf.Tensor;
      });
      await expectTensorsClose(runOp({ op: 'MaxPoolGrad', attrs, inputs: [x, y, dy] })[0], expected, 1e-6);
    });
  }

  it('gives a tie\'s gradient to the first maximum of the window, as TF', async () => {
    // Windows {0, 0, 0, -5} and {-3, -1, -1, -2}: both maxima tie, the second window's are negative.
    const x = tf.tensor4d([0, 0, -3, -1, 0, -5, -1, -2], [1, 2, 4, 1]);
    const dx = maxPoolGradLoop(x, tf.tensor4d([10, 20], [1, 1, 2, 1]), [2, 2], [2, 2], 'VALID');
    expect(Array.from(await dx.data())).toEqual([10, 0, 0, 20, 0, 0, 0, 0]);
  });

  it('AvgPoolGrad divides border windows by the values they averaged (SAME), where tfjs\'s kernel divides by the window size', async () => {
    const x = tf.zeros([1, 3, 3, 1]);
    const dy = tf.ones([1, 2, 2, 1]);
    const [dx] = runOp({ op: 'AvgPoolGrad', attrs: { ksize: [2, 2], strides: [2, 2], padding: 'SAME' }, inputs: [x, dy] });
    // Windows hold 4, 2, 2 and 1 values: each value gets 1/count from its window.
    expect(Array.from(await dx.data())).toEqual([0.25, 0.25, 0.5, 0.25, 0.25, 0.5, 0.5, 0.5, 1]);
  });
});

describe('Dropout kernel', () => {
  function dropoutSession(seed: number) {
    const g = new GraphBuilder();
    const x = g.add('Placeholder', { shape: [null, 1000] }, 'x');
    const keep = g.add('Placeholder', { shape: [] }, 'keep');
    g.add('Dropout', {}, 'drop1', { x, keepProb: keep });
    g.add('Dropout', { seed: 9 }, 'drop2', { x, keepProb: keep });
    return new Session(g.doc(), { backend, seed });
  }
  const run = async (s: Session, node: string, keep: number) => {
    const [y, mask] = s.run([`${node}:y`, `${node}:mask`], { x: tf.ones([20, 1000]), keep });
    const out = { y: Array.from(await y.data()), mask: Array.from(await mask.data()) };
    tf.dispose([y, mask]);
    return out;
  };
  const id = (s: Session, name: string) => s.analysis.doc.nodes.find((n) => n.name === name)!.id;

  it('keeps where TF\'s uniform draw u >= 1 - keep_prob, scaled by 1 / keep_prob', async () => {
    const s = dropoutSession(1);
    const a = await run(s, 'drop1', 0.7);
    // drop1 has no op seed: the first such random op, op seed 0; drop2 has seed 9.
    expect(s.kernelSeeds().get(id(s, 'drop1'))).toEqual([1, 0]);
    expect(s.kernelSeeds().get(id(s, 'drop2'))).toEqual([1, 9]);
    const rate = Math.fround(1 - Math.fround(0.7));
    const scale = Math.fround(1 / Math.fround(1 - rate));
    const u = fillUniform(new Philox(1, 0), 20000);
    expect(a.y).toEqual(Array.from(u, (v) => (v >= rate ? scale : 0)));
    expect(a.mask).toEqual(a.y);
    const kept = a.y.filter((v) => v !== 0).length / a.y.length;
    expect(kept).toBeGreaterThan(0.68);
    expect(kept).toBeLessThan(0.72);
    s.dispose();
  });

  it('draws the same mask until a training run moves the node\'s stream on; nodes and seeds differ', async () => {
    const s = dropoutSession(1);
    const a = await run(s, 'drop1', 0.7);
    expect(await run(s, 'drop1', 0.7)).toEqual(a);
    expect((await run(s, 'drop2', 0.7)).y).not.toEqual(a.y);
    // What a training run does: reserve 256 outputs per value, as TF's kernel does on each sess.run.
    s.randomStream(id(s, 'drop1')).reserve(20000);
    expect((await run(s, 'drop1', 0.7)).y).not.toEqual(a.y);
    s.reset();
    expect(await run(s, 'drop1', 0.7)).toEqual(a);
    s.dispose();
    const other = dropoutSession(2);
    expect((await run(other, 'drop1', 0.7)).y).not.toEqual(a.y);
    other.dispose();
  });

  it('keeps everything with keep_prob 1', async () => {
    const s = dropoutSession(3);
    const { y } = await run(s, 'drop1', 1);
    expect(y.every((v) => v === 1)).toBe(true);
    s.dispose();
  });
});

describe('Flatten kernel', () => {
  it('keeps the batch and lays out the rest in order', async () => {
    const x = tf.range(0, 24).reshape([2, 3, 2, 2]);
    const [y] = runOp({ op: 'Flatten', inputs: [x], staticShapes: [[null, 3, 2, 2]] });
    await expectTensorsClose(y, tf.reshape(x, [2, 12]));
  });
});
