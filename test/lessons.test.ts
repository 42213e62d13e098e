/**
 * Every lesson sample of lessons 2-9, trained with its own session settings
 * (the course's step counts, learning rates and the sample's seed), shows
 * what its lesson teaches; and every seed a lesson links to
 * (`flowboard:seed=N;train`) does what the link's text says. One test trains
 * fewer steps than its sample and says why: a claim that a net gets somewhere
 * holds from the step it gets there; claims about where a run ends or stays
 * stuck are checked at its last step.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDocument, NestedNumbers } from '../core/graph/document.ts';
import { loadDocumentText } from '../core/graph/load.ts';
import { useBackend } from '../core/runtime/backend.ts';
import { TrainingError } from '../core/runtime/nonFinite.ts';
import { Trainer } from '../core/runtime/trainer.ts';
import type { TrainResult } from '../core/runtime/trainTypes.ts';

/** XOR training is 10001 steps; the ten-layer ones take several seconds each, over a minute on a shared 2-core machine. */
const SLOW = 300_000;
const LN2 = Math.log(2);

let backend: string;
beforeAll(async () => {
  backend = await useBackend('wasm', 'cpu');
});

function sample(name: string): GraphDocument {
  const { document, diagnostics } = loadDocumentText(readFileSync(new URL(`../samples/${name}.flow.json`, import.meta.url), 'utf8'));
  expect(diagnostics).toEqual([]);
  return document!;
}

/** The sample's inline data keyed by placeholder name, to feed runs after training. */
function inlineFeeds(doc: GraphDocument): Record<string, NestedNumbers> {
  const feeds: Record<string, NestedNumbers> = {};
  for (const [id, binding] of Object.entries(doc.session?.feeds ?? {})) {
    if (binding.kind === 'inline') feeds[doc.nodes.find((n) => n.id === id)!.name] = binding.value;
  }
  return feeds;
}

interface Trained {
  doc: GraphDocument;
  result: TrainResult;
  /** Values of named nodes after training, on the sample's data. */
  fetch(...names: string[]): Promise<NestedNumbers[]>;
  /** Root mean square of each named variable's gradient, at the state the trainer is in. */
  gradientRms(...variables: string[]): Promise<number[]>;
}

const trainers: Trainer[] = [];
afterAll(() => {
  for (const t of trainers) t.dispose();
  // Every tensor a trainer made is freed with it.
  expect(tf.memory().numTensors).toBe(0);
});

/** Trains a sample with its defaults (or graph seed `seed`, after `edit`); `before` runs on the fresh trainer first. */
async function train(name: string, before?: (t: Trained) => Promise<void>, seed?: number, edit?: (doc: GraphDocument) => void): Promise<Trained> {
  const doc = sample(name);
  edit?.(doc);
  const trainer = await Trainer.create(doc, { backend, ...(seed === undefined ? {} : { seed }) });
  trainers.push(trainer);
  const feeds = inlineFeeds(doc);
  const id = (variable: string) => doc.nodes.find((n) => n.name === variable)!.id;
  const trained: Trained = {
    doc,
    result: undefined as unknown as TrainResult,
    fetch: (...names) => trainer.session.runValues(names, feeds),
    gradientRms: async (...variables) => {
      const values = await trainer.session.runValues(variables.map((v) => trainer.graph.gradients.get(id(v))!), feeds);
      return values.map((v) => {
        const flat = [v].flat(4) as number[];
        return Math.sqrt(flat.reduce((s, x) => s + x * x, 0) / flat.length);
      });
    },
  };
  await before?.(trained);
  trained.result = await trainer.train();
  expect(trained.result.stopped).toBe('finished');
  expect(trained.result.steps).toBe(doc.session!.steps);
  return trained;
}

const scalar = (r: TrainResult, name: string) => {
  expect(r.variables[name].values).toHaveLength(1);
  return r.variables[name].values[0];
};

describe('lesson 2: linear-regression', () => {
  it('fits y = x: W -> 1, b -> 0, cost near 1e-5 or below', async () => {
    const { result } = await train('linear-regression');
    expect(Math.abs(scalar(result, 'W') - 1)).toBeLessThan(0.01);
    expect(Math.abs(scalar(result, 'b'))).toBeLessThan(0.03);
    expect(result.metrics.cost).toBeLessThan(1e-4);
    expect(result.history[0].loss).toBeGreaterThan(100 * result.metrics.cost);
  });
});

describe('lesson 3: linear-regression-feed', () => {
  it('fits the fed points: W -> 1.0, b -> 1.1', async () => {
    const { result, fetch } = await train('linear-regression-feed');
    expect(Math.abs(scalar(result, 'W') - 1)).toBeLessThan(0.01);
    expect(Math.abs(scalar(result, 'b') - 1.1)).toBeLessThan(0.05);
    const [h] = (await fetch('hypothesis')) as number[][];
    [2.1, 3.1, 4.1, 5.1, 6.1].forEach((y, i) => expect(Math.abs(h[i] - y)).toBeLessThan(0.05));
  });
});

describe('lesson 4: multi-variable', () => {
  it('predicts every final exam score within 5 points of the real one', async () => {
    const { doc, result, fetch } = await train('multi-variable');
    const y = (inlineFeeds(doc).Y as number[][]).map((row) => row[0]);
    const [h] = (await fetch('hypothesis')) as number[][][];
    expect(h).toHaveLength(y.length);
    y.forEach((target, i) => expect(Math.abs(h[i][0] - target), `student ${i}`).toBeLessThan(5));
    expect(result.metrics.cost).toBeLessThan(result.history[0].loss / 100);
  });
});

describe('lesson 5: xor-logistic', () => {
  it('fails: cost stays at log 2, W goes to 0, every h at 0.5, accuracy 0.5', async () => {
    const { result, fetch } = await train('xor-logistic');
    expect(result.metrics.accuracy).toBe(0.5);
    expect(Math.abs(result.metrics.cost - LN2)).toBeLessThan(0.001);
    const [h] = (await fetch('hypothesis')) as number[][][];
    for (const [p] of h) expect(Math.abs(p - 0.5)).toBeLessThan(0.01);
    for (const w of result.variables.W.values) expect(Math.abs(w)).toBeLessThan(0.05);
  }, SLOW);
});

describe('lessons 6 and 7: xor-nn, xor-wide, xor-deep', () => {
  const cost = new Map<string, number>();

  it('xor-nn (2-2-1) learns XOR from a cost near 1: accuracy 1.0, h near [0, 1, 1, 0], each hidden unit near 0 or 1', async () => {
    const { result, fetch } = await train('xor-nn');
    expect(result.metrics.accuracy).toBe(1);
    expect(result.metrics.cost).toBeLessThan(0.1);
    const [h, layer1] = (await fetch('hypothesis', 'layer1')) as number[][][];
    [0, 1, 1, 0].forEach((y, i) => expect(Math.abs(h[i][0] - y)).toBeLessThan(0.1));
    for (const unit of layer1.flat()) expect(unit < 0.1 || unit > 0.85, `layer1 ${unit}`).toBe(true);
    expect(result.history[0].loss).toBeGreaterThan(0.9);
    cost.set('xor-nn', result.metrics.cost);
  }, SLOW);

  it('xor-wide learns XOR to a cost several times lower than xor-nn\'s, below 0.01', async () => {
    const { result } = await train('xor-wide');
    expect(result.metrics.accuracy).toBe(1);
    expect(cost.get('xor-nn')).toBeDefined();
    expect(result.metrics.cost).toBeLessThan(cost.get('xor-nn')! / 3);
    expect(result.metrics.cost).toBeLessThan(0.01);
    cost.set('xor-wide', result.metrics.cost);
  }, SLOW);

  it('xor-deep learns XOR to a lower cost again than xor-wide\'s, a few thousandths', async () => {
    const { result } = await train('xor-deep');
    expect(result.metrics.accuracy).toBe(1);
    expect(cost.get('xor-wide')).toBeDefined();
    expect(result.metrics.cost).toBeLessThan(cost.get('xor-wide')!);
    expect(result.metrics.cost).toBeLessThan(0.01);
  }, SLOW);
});

describe('lesson 8: vanishing gradient', () => {
  const firstAndLast = ['layer1/W', 'last/W'];

  it('ten sigmoid layers stall near chance: the first layer\'s gradient is under 1/10,000 of the last\'s', async () => {
    let rms: number[] = [];
    const { result, fetch } = await train('vanishing-gradient-sigmoid', async (t) => {
      rms = await t.gradientRms(...firstAndLast);
    });
    expect(rms[0] / rms[1]).toBeLessThan(1e-4);
    expect(result.metrics.cost).toBeGreaterThan(0.68);
    expect(result.metrics.accuracy).toBeLessThanOrEqual(0.75);
    const [h] = (await fetch('hypothesis')) as number[][][];
    for (const [p] of h) expect(Math.abs(p - 0.5)).toBeLessThan(0.05);
  }, SLOW);

  it('the same stack with ReLU hidden layers (same starting weights) learns: accuracy 1.0', async () => {
    let rms: number[] = [];
    // Learning is reaching accuracy 1.0 with the cost near 0, which this sample does by step 500 (cost 0.003; 0.00003
    // at its last): its first 2,001 steps show it. Seed 11's link below trains all 10,001, since "stuck" is about the end.
    const first2001 = (doc: GraphDocument) => {
      doc.session!.steps = 2001;
    };
    const { result } = await train('vanishing-gradient-relu', async (t) => {
      rms = await t.gradientRms(...firstAndLast);
    }, undefined, first2001);
    expect(rms[0] / rms[1]).toBeGreaterThan(1e-2);
    expect(result.metrics.accuracy).toBe(1);
    expect(result.metrics.cost).toBeLessThan(0.01);
  }, SLOW);

  it('shares its starting weights with the sigmoid stack: same seed, same variable names', () => {
    const vars = (doc: GraphDocument) => doc.nodes.filter((n) => n.op === 'Variable').map((n) => [n.name, n.attrs]);
    const [s, r] = [sample('vanishing-gradient-sigmoid'), sample('vanishing-gradient-relu')];
    expect(vars(r)).toEqual(vars(s));
    expect(r.session?.seed).toBe(s.session?.seed);
    expect(vars(s).length).toBeGreaterThanOrEqual(18);
  });
});

describe('lesson 9: init-zeros', () => {
  it('does not learn: every weight stays 0, cost log 2, accuracy 0.5', async () => {
    const { result } = await train('init-zeros');
    expect(Object.keys(result.variables).sort()).toEqual(['W1', 'W2', 'b1', 'b2']);
    for (const [name, v] of Object.entries(result.variables)) expect(Array.from(v.values).every((x) => x === 0), name).toBe(true);
    expect(Math.abs(result.metrics.cost - LN2)).toBeLessThan(1e-6);
    expect(result.metrics.accuracy).toBe(0.5);
  }, SLOW);
});

/** What a lesson's `flowboard:seed=N;train` link says that seed does, checked on the trained result. */
const SEED_LINKS: Record<string, Record<number, (t: Trained) => Promise<void>>> = {
  'linear-regression': {
    7: async ({ result }) => {
      expect(Math.abs(scalar(result, 'W') - 1)).toBeLessThan(0.01);
      expect(Math.abs(scalar(result, 'b'))).toBeLessThan(0.03);
    },
  },
  'xor-logistic': {
    2: async ({ result }) => {
      expect(result.metrics.accuracy).toBe(0.5);
      expect(Math.abs(result.metrics.cost - LN2)).toBeLessThan(0.001);
      for (const w of result.variables.W.values) expect(Math.abs(w)).toBeLessThan(0.05);
    },
  },
  'xor-nn': {
    // Stuck: (0,0) and (0,1) right, about 0.5 for both (1,0) and (1,1).
    3: async ({ result, fetch }) => {
      expect(result.metrics.accuracy).toBe(0.5);
      expect(result.metrics.cost).toBeGreaterThan(0.3);
      expect(result.metrics.cost).toBeLessThan(0.4);
      const [h] = (await fetch('hypothesis')) as number[][][];
      expect(h[0][0]).toBeLessThan(0.1);
      expect(h[1][0]).toBeGreaterThan(0.9);
      for (const i of [2, 3]) expect(Math.abs(h[i][0] - 0.5)).toBeLessThan(0.05);
    },
  },
  'vanishing-gradient-relu': {
    // Stuck: the last two hidden layers (almost) all 0 for (0,0), (0,1) and (1,1), which all get 1/3.
    11: async ({ result, fetch }) => {
      expect(result.metrics.accuracy).toBe(0.75);
      expect(result.metrics.cost).toBeCloseTo(-(2 * Math.log(2 / 3) + Math.log(1 / 3)) / 4, 2);
      const [l8, l9, h] = (await fetch('layer8/Relu', 'layer9/Relu', 'hypothesis')) as number[][][];
      for (const i of [0, 1, 3]) {
        for (const x of [...l8[i], ...l9[i]]) expect(x).toBeLessThan(0.01);
        expect(Math.abs(h[i][0] - 1 / 3)).toBeLessThan(0.01);
      }
    },
  },
  'xor-wide': {
    2: async ({ result }) => expect(result.metrics.accuracy).toBe(1),
    3: async ({ result }) => expect(result.metrics.accuracy).toBe(1),
  },
};

describe('lesson links: every seed a lesson links to does what its text says', () => {
  it('every flowboard:seed link of a sample has its check here', () => {
    const files = readdirSync(new URL('../samples/', import.meta.url)).filter((f) => f.endsWith('.flow.json'));
    const linked = files.flatMap((f) => {
      const name = f.replace('.flow.json', '');
      return [...(sample(name).meta.lesson ?? '').matchAll(/\(flowboard:seed=(\d+)/g)].map((m) => `${name} ${m[1]}`);
    });
    const checked = Object.entries(SEED_LINKS).flatMap(([name, seeds]) => Object.keys(seeds).map((s) => `${name} ${s}`));
    expect(linked.sort()).toEqual(checked.sort());
  });

  it.each(Object.entries(SEED_LINKS).flatMap(([name, seeds]) => Object.keys(seeds).map((s) => [name, Number(s)] as const)))('%s, seed %i', async (name, seed) => {
    const trained = await train(name, undefined, seed);
    await SEED_LINKS[name][seed](trained);
  }, SLOW);
});

/** What a lesson's `flowboard:set=...;train` link does to the sample: set `attr` of node `name`. */
const setAttr = (name: string, attr: string, value: unknown) => (doc: GraphDocument) => {
  doc.nodes.find((n) => n.name === name)!.attrs[attr] = value as never;
};

describe('lesson links that edit the graph do what their text says, at the sample\'s seed', () => {
  it('multi-variable, learning rate 1e-4: the cost overflows within a few dozen steps and training stops naming a node', async () => {
    const failure = await train('multi-variable', undefined, undefined, setAttr('train', 'learningRate', 0.0001)).then(() => undefined, (e: unknown) => e);
    expect(failure).toBeInstanceOf(TrainingError);
    expect((failure as TrainingError).step).toBeLessThan(100);
    expect((failure as TrainingError).nodeId).toBeDefined();
  });

  it('init-zeros, W1 constant 0.5: the weights move, W1\'s ten columns stay equal, accuracy 0.75', async () => {
    const { result } = await train('init-zeros', undefined, undefined, setAttr('W1', 'initializer', { kind: 'constant', value: 0.5 }));
    const w1 = Array.from(result.variables.W1.values);
    expect(w1.some((w) => w !== 0.5)).toBe(true);
    for (let row = 0; row < 2; row++) for (let col = 1; col < 10; col++) expect(w1[row * 10 + col]).toBeCloseTo(w1[row * 10], 5);
    expect(result.metrics.accuracy).toBe(0.75);
  }, SLOW);

  it('init-zeros, W1 random normal: it learns, accuracy 1.0', async () => {
    const { result } = await train('init-zeros', undefined, undefined, setAttr('W1', 'initializer', { kind: 'randomNormal', mean: 0, stddev: 1 }));
    expect(result.metrics.accuracy).toBe(1);
  }, SLOW);
});
