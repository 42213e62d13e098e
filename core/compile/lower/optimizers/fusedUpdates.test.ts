import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPTIMIZER_ATTRS, type OptimizerSettings } from '../../../ops/optimizerAttrs.ts';
import { useBackend } from '../../../runtime/backend.ts';
import { adadelta, adadeltaOpByOp } from './Adadelta.ts';
import { adagrad, adagradOpByOp } from './Adagrad.ts';
import { adam, adamOpByOp, adamStepSize } from './Adam.ts';
import { momentum, momentumOpByOp } from './Momentum.ts';
import { rmsProp, rmsPropOpByOp } from './RMSProp.ts';
import type { UpdateRule } from './updateRule.ts';

/** Values spread over many magnitudes and both signs, from a seeded generator. */
function spread(n: number, seed: number): Float32Array {
  let s = seed;
  const next = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  return Float32Array.from({ length: n }, () => (next() - 0.5) * 10 ** Math.floor(next() * 8 - 5));
}

const DEFAULTS = Object.fromEntries(Object.entries(OPTIMIZER_ATTRS).map(([k, spec]) => [k, spec.default])) as unknown as OptimizerSettings;

type Slots = Map<string, tf.Variable>;
interface Case {
  label: string;
  rule: UpdateRule;
  settings: Partial<OptimizerSettings>;
  /** Slot names, and whether each must stay positive (it goes under a square root). */
  slots: [string, boolean][];
  opByOp: (value: tf.Tensor, gradient: tf.Tensor, slots: Slots, s: OptimizerSettings, t: number) => tf.Tensor;
}

const CASES: Case[] = [
  { label: 'Momentum', rule: momentum, settings: { momentum: 0.9 }, slots: [['accumulation', false]], opByOp: (v, g, s, o) => momentumOpByOp(v, g, s.get('accumulation')!, o.learningRate, o.momentum, false) },
  { label: 'Momentum (Nesterov)', rule: momentum, settings: { momentum: 0.7, useNesterov: true, learningRate: 0.3 }, slots: [['accumulation', false]], opByOp: (v, g, s, o) => momentumOpByOp(v, g, s.get('accumulation')!, o.learningRate, o.momentum, true) },
  { label: 'Adagrad', rule: adagrad, settings: { learningRate: 0.2 }, slots: [['accumulator', true]], opByOp: (v, g, s, o) => adagradOpByOp(v, g, s.get('accumulator')!, o.learningRate) },
  { label: 'RMSProp', rule: rmsProp, settings: { rmsMomentum: 0.5 }, slots: [['rms', true], ['momentum', false]], opByOp: (v, g, s, o) => rmsPropOpByOp(v, g, s.get('rms')!, s.get('momentum')!, undefined, o.learningRate, o.decay, o.rmsMomentum, o.rmsEpsilon) },
  {
    label: 'RMSProp (centered)', rule: rmsProp, settings: { centered: true, decay: 0.8, rmsEpsilon: 1e-3 }, slots: [['rms', true], ['momentum', false], ['mg', false]],
    opByOp: (v, g, s, o) => rmsPropOpByOp(v, g, s.get('rms')!, s.get('momentum')!, s.get('mg')!, o.learningRate, o.decay, o.rmsMomentum, o.rmsEpsilon),
  },
  { label: 'Adadelta', rule: adadelta, settings: { learningRate: 1 }, slots: [['accum', true], ['accum_update', true]], opByOp: (v, g, s, o) => adadeltaOpByOp(v, g, s.get('accum')!, s.get('accum_update')!, o.learningRate, o.rho, o.epsilon) },
  {
    label: 'Adam', rule: adam, settings: { learningRate: 0.001 }, slots: [['m', false], ['v', true]],
    opByOp: (v, g, s, o, t) => adamOpByOp(v, g, s.get('m')!, s.get('v')!, adamStepSize(o.learningRate, o.beta1, o.beta2, t), o.beta1, o.beta2, o.epsilon),
  },
];

/** Not a multiple of four: the SIMD loop's tail runs too. */
const N = 5003;
const FLT_MIN = 1.17549435e-38;

/** A variable holding t's values; t is disposed. */
function variableOf(t: tf.Tensor): tf.Variable {
  const v = tf.variable(t, false);
  t.dispose();
  return v;
}
function makeSlots(c: Case, values: (positive: boolean, i: number) => Float32Array): Slots {
  return new Map(c.slots.map(([name, positive], i) => [name, variableOf(tf.tensor(values(positive, i)))]));
}
const cloneSlots = (slots: Slots): Slots => new Map([...slots].map(([k, v]) => [k, variableOf(v.clone())]));
async function kernelsOf(fn: () => tf.Tensor): Promise<string[]> {
  const info = await tf.profile(() => tf.tidy(fn));
  tf.dispose(info.result as tf.Tensor);
  return info.kernelNames;
}

beforeAll(async () => {
  await useBackend('wasm');
});
afterAll(async () => {
  await useBackend('cpu');
});

describe('fused optimizer passes on wasm', () => {
  for (const c of CASES) {
    it(`${c.label}: one kernel giving the op-by-op bits, step after step, and leaking nothing`, async () => {
      const settings = { ...DEFAULTS, ...c.settings };
      const before = tf.memory().numTensors;
      const fusedSlots = makeSlots(c, (positive, i) => spread(N, 2 + i).map((x) => (positive ? x * x : x)));
      const opsSlots = cloneSlots(fusedSlots);
      const start = tf.tensor(spread(N, 1));
      let [fused, ops] = [start.clone(), start.clone()];
      for (let t = 1; t <= 4; t++) {
        const gradient = tf.tensor(spread(N, 10 + t));
        if (t === 1) {
          const probe = cloneSlots(fusedSlots);
          expect(await kernelsOf(() => c.rule({ value: fused, gradient, slots: probe, settings, t }))).toEqual([`FlowboardApply_${c.label.startsWith('RMSProp (') ? 'rmsPropCentered' : c.rule.name}`]);
          tf.dispose([...probe.values()]);
        }
        const next = tf.tidy(() => [c.rule({ value: fused, gradient, slots: fusedSlots, settings, t }), c.opByOp(ops, gradient, opsSlots, settings, t)]);
        tf.dispose([fused, ops, gradient]);
        [fused, ops] = next;
        expect(fused.dataSync()).toEqual(ops.dataSync());
        for (const [name] of c.slots) expect(fusedSlots.get(name)!.dataSync()).toEqual(opsSlots.get(name)!.dataSync());
      }
      // The update moved the values: the comparison was not between two copies of the input.
      expect(fused.dataSync()).not.toEqual(start.dataSync());
      tf.dispose([start, fused, ops, ...fusedSlots.values(), ...opsSlots.values()]);
      expect(tf.memory().numTensors).toBe(before);
    });

    it(`${c.label}: stores slots that fall below the smallest normal float as 0, as TensorFlow on a CPU does`, () => {
      const settings = { ...DEFAULTS, ...c.settings };
      // A zero gradient decays the slots (or, for Adagrad, keeps them): a subnormal start or a decay lands below FLT_MIN.
      const start = [1.2e-38, 2e-38, -1.2e-38, 1, 0, 3e-5, 1.25e-38, 0.5, 1e-39];
      const fusedSlots = makeSlots(c, (positive) => Float32Array.from(start, (x) => (positive ? Math.abs(x) : x)));
      const opsSlots = cloneSlots(fusedSlots);
      const value = tf.tensor(start.map((_, i) => i + 1));
      const gradient = tf.zeros([start.length]);
      const [fused, ops] = tf.tidy(() => [c.rule({ value, gradient, slots: fusedSlots, settings, t: 1 }), c.opByOp(value, gradient, opsSlots, settings, 1)]);
      const flushed = (xs: ArrayLike<number>) => Array.from(xs, (x) => (Math.abs(x) < FLT_MIN ? 0 : x));
      const opSlots = c.slots.map(([name]) => Array.from(opsSlots.get(name)!.dataSync()));
      // The op-by-op form kept subnormals here: the case is real.
      expect(opSlots.flat().some((x) => x !== 0 && Math.abs(x) < FLT_MIN)).toBe(true);
      c.slots.forEach(([name], i) => expect(Array.from(fusedSlots.get(name)!.dataSync())).toEqual(flushed(opSlots[i])));
      // Adagrad divides by the root of its accumulator, which a flushed subnormal makes 0 (TensorFlow gives NaN there too).
      if (c.rule !== adagrad) expect(fused.dataSync()).toEqual(ops.dataSync());
      tf.dispose([value, gradient, fused, ops, ...fusedSlots.values(), ...opsSlots.values()]);
    });
  }

  it('is only for wasm: elsewhere every rule runs its ops', async () => {
    await useBackend('cpu');
    const value = tf.ones([4]);
    for (const c of CASES) {
      const kernels = await kernelsOf(() => c.rule({ value, gradient: value, slots: new Map(), settings: { ...DEFAULTS, ...c.settings }, t: 1 }));
      expect(kernels.some((k) => k.startsWith('FlowboardApply'))).toBe(false);
    }
    await useBackend('wasm');
  });
});
