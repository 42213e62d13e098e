/**
 * The stateful ops against real TensorFlow: Minimize with each optimizer
 * (its ApplyGradient updates) trains the same model from the same start
 * as tf.train.<Name>Optimizer(...).minimize does, step for step, on wasm and
 * cpu; and every Variable initializer draws from TF1's distribution (its
 * mean, spread and bounds; the numbers themselves are Flowboard's own draw,
 * which issue 14 makes TensorFlow's). One python process for the file.
 */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AttrValue } from '../../core/graph/document.ts';
import type { InitializerSpec } from '../../core/ops/initializers.ts';
import { useBackend } from '../../core/runtime/backend.ts';
import { Session } from '../../core/runtime/session.ts';
import { Trainer } from '../../core/runtime/trainer.ts';
import { runPython } from '../../tools/tf/python.ts';
import { GraphBuilder } from '../graphBuilder.ts';
import { close } from './compareTensors.ts';

const X = [[1, 2, -1], [0.5, -1, 2], [-2, 0.3, 1], [1.5, 1, 0]];
const Y = [[1, -1], [0, 2], [-1, 0.5], [2, 1]];
const STEPS = 20;

interface OptimizerCase {
  title: string;
  attrs: Record<string, AttrValue>;
  /** tf.train.<kind>Optimizer's keyword arguments for the same settings. */
  tf: Record<string, number | boolean>;
}

const OPTIMIZERS: OptimizerCase[] = [
  { title: 'GradientDescent', attrs: { optimizer: 'GradientDescent', learningRate: 0.05 }, tf: { learning_rate: 0.05 } },
  { title: 'Momentum 0.9', attrs: { optimizer: 'Momentum', learningRate: 0.02, momentum: 0.9 }, tf: { learning_rate: 0.02, momentum: 0.9 } },
  { title: 'Momentum, Nesterov', attrs: { optimizer: 'Momentum', learningRate: 0.02, momentum: 0.8, useNesterov: true }, tf: { learning_rate: 0.02, momentum: 0.8, use_nesterov: true } },
  { title: 'Adagrad', attrs: { optimizer: 'Adagrad', learningRate: 0.1, initialAccumulatorValue: 0.1 }, tf: { learning_rate: 0.1, initial_accumulator_value: 0.1 } },
  { title: 'Adadelta', attrs: { optimizer: 'Adadelta', learningRate: 1, rho: 0.9, epsilon: 1e-6 }, tf: { learning_rate: 1, rho: 0.9, epsilon: 1e-6 } },
  { title: 'RMSProp', attrs: { optimizer: 'RMSProp', learningRate: 0.01, decay: 0.9 }, tf: { learning_rate: 0.01, decay: 0.9 } },
  { title: 'RMSProp, momentum 0.5, centered', attrs: { optimizer: 'RMSProp', learningRate: 0.01, decay: 0.8, rmsMomentum: 0.5, centered: true }, tf: { learning_rate: 0.01, decay: 0.8, momentum: 0.5, centered: true } },
  { title: 'Adam', attrs: { optimizer: 'Adam', learningRate: 0.01 }, tf: { learning_rate: 0.01 } },
  { title: 'Adam, beta1 0.8, beta2 0.99, epsilon 1e-4', attrs: { optimizer: 'Adam', learningRate: 0.05, beta1: 0.8, beta2: 0.99, epsilon: 1e-4 }, tf: { learning_rate: 0.05, beta1: 0.8, beta2: 0.99, epsilon: 1e-4 } },
];

interface InitializerCase {
  spec: InitializerSpec;
  tf: string;
  shape: number[];
}

const SHAPES = [[784, 256], [3, 3, 32, 64]];
const INITIALIZERS: InitializerCase[] = (
  [
    [{ kind: 'randomNormal', mean: 0.5, stddev: 2 }, 'random_normal'],
    [{ kind: 'truncatedNormal', mean: 0, stddev: 0.5 }, 'truncated_normal'],
    [{ kind: 'randomUniform', min: -0.3, max: 0.7 }, 'random_uniform'],
    [{ kind: 'glorotUniform' }, 'glorot_uniform'],
    [{ kind: 'glorotNormal' }, 'glorot_normal'],
    [{ kind: 'heNormal' }, 'he_normal'],
    [{ kind: 'heUniform' }, 'he_uniform'],
    [{ kind: 'zeros' }, 'zeros'],
    [{ kind: 'ones' }, 'ones'],
    [{ kind: 'constant', value: 0.25 }, 'constant'],
  ] as [InitializerSpec, string][]
).flatMap(([spec, name]) => SHAPES.map((shape) => ({ spec, tf: name, shape })));

interface Trained {
  costs: number[];
  W: number[];
  b: number[];
}
interface Moments {
  mean: number;
  std: number;
  min: number;
  max: number;
}

let reference: { optimizers: Trained[]; initializers: Moments[] };

beforeAll(async () => {
  reference = await runPython(new URL('training_referee.py', import.meta.url).pathname, {
    optimizers: OPTIMIZERS.map((o) => ({ kind: o.attrs.optimizer, args: o.tf, steps: STEPS, x: X, y: Y, w0: 0.5 })),
    initializers: INITIALIZERS.map((i) => ({ name: i.tf, shape: i.shape })),
  });
}, 300_000);

/** h = X @ W + b, cost = mean((h - Y)^2), W filled with 0.5 and b zeros, as the python side builds it. */
function regression(minimize: Record<string, AttrValue>) {
  const g = new GraphBuilder();
  const x = g.add('Placeholder', { shape: [null, 3] }, 'X');
  const y = g.add('Placeholder', { shape: [null, 2] }, 'Y');
  const w = g.add('Variable', { shape: [3, 2], initializer: { kind: 'constant', value: 0.5 } }, 'W');
  const b = g.add('Variable', { shape: [2], initializer: { kind: 'zeros' } }, 'b');
  const h = g.add('Add', {}, 'h', { x: g.add('MatMul', {}, 'xW', { a: x, b: w }), y: b });
  const cost = g.add('ReduceMean', {}, 'cost', { x: g.add('Square', {}, 'sq', { x: g.add('Sub', {}, 'err', { x: h, y }) }) });
  const train = g.add('Minimize', minimize, 'train', { loss: cost });
  g.session = { train: train.id, steps: STEPS, logEvery: 1, fetches: [{ node: cost.id, role: 'loss' }], feeds: { [x.id]: { kind: 'inline', value: X }, [y.id]: { kind: 'inline', value: Y } } };
  return g.doc();
}

for (const backend of ['wasm', 'cpu'] as const) {
  describe(`Minimize on ${backend}`, () => {
    beforeAll(async () => {
      await useBackend(backend);
    });

    it.each(OPTIMIZERS.map((o, i) => [o.title, o, i] as const))('%s: the cost of every step and the trained W and b', async (_t, o, i) => {
      const trainer = await Trainer.create(regression(o.attrs), { backend });
      const costs: number[] = [];
      try {
        await trainer.train({ onLog: (log) => void costs.push(log.loss) });
        const vars = await trainer.variableValues();
        const ref = reference.optimizers[i];
        const off = (name: string, ours: ArrayLike<number>, theirs: number[]) =>
          theirs.flatMap((e, k) => (close(ours[k], e, 1e-5) ? [] : [`${name}[${k}]: ${ours[k]}, TensorFlow ${e}`]));
        expect([...off('cost', costs, ref.costs), ...off('W', vars.W.values, ref.W), ...off('b', vars.b.values, ref.b)]).toEqual([]);
        // The model learns, so the comparison is not between two starting points.
        expect(ref.costs[STEPS - 1]).toBeLessThan(ref.costs[0] * 0.9);
      } finally {
        trainer.dispose();
      }
    });
  });
}

describe('Variable initializers', () => {
  beforeAll(async () => {
    await useBackend('wasm');
  });

  it.each(INITIALIZERS.map((c, i) => [`${c.spec.kind} [${c.shape}]`, c, i] as const))("%s draws from TF1's distribution", async (_t, c, i) => {
    const g = new GraphBuilder();
    g.add('Variable', { shape: c.shape, initializer: c.spec as unknown as AttrValue }, 'v');
    const session = new Session(g.doc(), { backend: tf.getBackend(), seed: 1 });
    const [v] = session.run(['v']);
    const x = Float64Array.from(await v.data());
    tf.dispose(v);
    session.dispose();
    const ours = moments(x);
    const ref = reference.initializers[i];
    if (ref.std === 0) {
      expect(ours).toEqual(ref);
      return;
    }
    // Two independent draws of n values: means within 6 standard errors, spreads within 3% (n >= 18,432).
    const n = x.length;
    expect(Math.abs(ours.mean - ref.mean)).toBeLessThan((6 * ref.std) / Math.sqrt(n));
    expect(Math.abs(ours.std / ref.std - 1)).toBeLessThan(0.03);
    // Uniform and truncated draws reach the same bounds (their extremes lie within 1.5% of the range of each other).
    const range = ref.max - ref.min;
    if (c.spec.kind !== 'randomNormal') {
      expect(Math.abs(ours.min - ref.min)).toBeLessThan(0.015 * range);
      expect(Math.abs(ours.max - ref.max)).toBeLessThan(0.015 * range);
    }
  });
});

function moments(x: Float64Array): Moments {
  let [sum, min, max] = [0, Infinity, -Infinity];
  for (const v of x) {
    sum += v;
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  const mean = sum / x.length;
  let sq = 0;
  for (const v of x) sq += (v - mean) ** 2;
  return { mean, std: Math.sqrt(sq / x.length), min, max };
}
