/**
 * core/random against TensorFlow 2.21 (compat.v1) and NumPy: the same seeds
 * give the same values, draw after draw, for every distribution, initializer
 * and dropout Flowboard uses, and the same mini-batch order.
 */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { Batcher } from '../../core/data/batcher.ts';
import type { InitializerSpec } from '../../core/ops/initializers.ts';
import { fillNormal, fillTruncatedNormal, fillUniform, fillUniformInt } from '../../core/random/distributions.ts';
import { randomInitializerValues } from '../../core/random/initializerValues.ts';
import { OpStream } from '../../core/random/opStream.ts';
import { getSeed } from '../../core/random/seeds.ts';
import { useBackend } from '../../core/runtime/backend.ts';
import { Session } from '../../core/runtime/session.ts';
import { GraphBuilder } from '../graphBuilder.ts';
import { runPython } from '../../tools/tf/python.ts';

interface Case {
  kind: string;
  shape: number[];
  graphSeed?: number;
  opSeed?: number;
  runs?: number;
  [param: string]: unknown;
}

const CASES: Case[] = [
  ...[[1], [3], [4], [5], [7, 3], [1001], [300, 200]].map((shape) => ({ kind: 'randomNormal', shape, graphSeed: 777, opSeed: 0, mean: 0, stddev: 1 })),
  { kind: 'randomNormal', shape: [40], graphSeed: 1, opSeed: 3, mean: 0.5, stddev: 0.01, runs: 3 },
  { kind: 'randomNormal', shape: [6], opSeed: 5, mean: 0, stddev: 1 },
  { kind: 'randomNormal', shape: [6], graphSeed: 0, opSeed: 0, mean: 0, stddev: 1 },
  { kind: 'randomNormal', shape: [6], graphSeed: 2 ** 31 + 5, opSeed: 2 ** 33, mean: 0, stddev: 1 },
  ...[[1], [5], [1001], [784, 100]].map((shape) => ({ kind: 'truncatedNormal', shape, graphSeed: 777, opSeed: 1, mean: 0, stddev: 1 })),
  { kind: 'truncatedNormal', shape: [9], graphSeed: 3, opSeed: 2, mean: -1, stddev: 0.5, runs: 3 },
  ...[[1], [13], [250, 40]].map((shape) => ({ kind: 'randomUniform', shape, graphSeed: 777, opSeed: 2, min: -1, max: 1 })),
  { kind: 'randomUniform', shape: [10], graphSeed: 4, opSeed: 7, min: 0, max: 1, runs: 3 },
  { kind: 'uniformInt', shape: [99], graphSeed: 777, opSeed: 3, min: -5, max: 17 },
  ...['glorotUniform', 'glorotNormal', 'heNormal', 'heUniform'].flatMap((kind) => [[784, 256], [3, 3, 32, 64], [10]].map((shape) => ({ kind, shape, graphSeed: 777, opSeed: 4 }))),
  { kind: 'dropout', shape: [20, 50], graphSeed: 777, opSeed: 6, keep: 0.7, runs: 4 },
  { kind: 'dropout', shape: [3, 5], graphSeed: 9, opSeed: 1, keep: 1, runs: 2 },
];

let tfOut: { cases: { seeds: [number, number][]; runs: number[][] }[]; permutations: [number[], number[]][] };
let backend: string;
beforeAll(async () => {
  backend = await useBackend('wasm', 'cpu');
  tfOut = await runPython(new URL('./randomOps.py', import.meta.url).pathname, CASES);
}, 300_000);

/** Flowboard's draws of case `c`, one array per run. */
async function ours(c: Case): Promise<ArrayLike<number>[]> {
  const [seed, seed2] = getSeed(c.graphSeed, c.opSeed!);
  const size = c.shape.reduce((a, b) => a * b, 1);
  const stream = new OpStream(seed, seed2);
  const f = Math.fround;
  const runs = Array.from({ length: c.runs ?? 1 }, () => stream.reserve(size));
  switch (c.kind) {
    case 'randomNormal':
    case 'truncatedNormal':
      return runs.map((gen) => (c.kind === 'randomNormal' ? fillNormal : fillTruncatedNormal)(gen, size).map((x) => f(f(x * f(c.stddev as number)) + f(c.mean as number))));
    case 'randomUniform':
      return runs.map((gen) => randomUniformScaled(fillUniform(gen, size), c.min as number, c.max as number));
    case 'uniformInt':
      return runs.map((gen) => fillUniformInt(gen, size, c.min as number, c.max as number));
    case 'dropout':
      return dropoutRuns(c);
    default:
      return [randomInitializerValues({ kind: c.kind } as InitializerSpec, c.shape, seed, seed2)!];
  }
}

function randomUniformScaled(u: Float32Array, min: number, max: number): Float32Array {
  const f = Math.fround;
  return u.map((x) => f(f(x * f(f(max) - f(min))) + f(min)));
}

/** The Dropout kernel in a Session, its stream moved on between runs as training runs move it. */
async function dropoutRuns(c: Case): Promise<number[][]> {
  const g = new GraphBuilder();
  const x = g.add('Placeholder', { shape: c.shape }, 'x');
  const keep = g.add('Placeholder', { shape: [] }, 'keep');
  const drop = g.add('Dropout', { seed: c.opSeed! }, 'drop', { x, keepProb: keep });
  const s = new Session(g.doc(), { backend, seed: c.graphSeed });
  const out: number[][] = [];
  for (let r = 0; r < (c.runs ?? 1); r++) {
    const [y] = s.run(['drop:y'], { x: tf.ones(c.shape), keep: c.keep as number });
    out.push(Array.from(await y.data()));
    y.dispose();
    s.randomStream(drop.id).reserve(y.size);
  }
  s.dispose();
  return out;
}

describe('TensorFlow\'s random numbers', () => {
  it.each(CASES.map((c, i) => [`${c.kind} ${JSON.stringify(c.shape)} seeds (${c.graphSeed}, ${c.opSeed})${c.runs ? ` x${c.runs}` : ''}`, i] as const))('%s', async (_label, i) => {
    const c = CASES[i];
    const theirs = tfOut.cases[i];
    // The kernel's seed attrs are get_seed's pair.
    expect(theirs.seeds[0]).toEqual(getSeed(c.graphSeed, c.opSeed!));
    const mine = await ours(c);
    expect(mine).toHaveLength(theirs.runs.length);
    theirs.runs.forEach((values, r) => {
      expect(mine[r].length).toBe(values.length);
      let worst = 0;
      for (let k = 0; k < values.length; k++) worst = Math.max(worst, Math.abs(mine[r][k] - values[k]));
      expect(worst, `run ${r}: largest difference`).toBeLessThanOrEqual(1e-6);
      // Uniform draws involve no libm call, so they match to the bit.
      if (c.kind === 'randomUniform' || c.kind === 'uniformInt' || c.kind === 'dropout') expect(Array.from(mine[r])).toEqual(values);
    });
  });
});

describe('NumPy\'s RandomState(seed).permutation', () => {
  it.each([[0, 10, 0], [777, 55000, 1], [2 ** 32 - 1, 1000, 2], [12345, 4, 3]])('seed %i, n %i: two epochs as Batcher orders them', (seed, n, i) => {
    const b = new Batcher(n, n - 1, seed);
    const epoch = (e: number) => [...b.indices(2 * e)!, ...b.indices(2 * e + 1)!];
    expect(epoch(0)).toEqual(tfOut.permutations[i][0]);
    expect(epoch(1)).toEqual(tfOut.permutations[i][1]);
  });
});
