/**
 * The MatMul lowering's product on wasm: the SIMD pass (matMul.wat) against
 * tfjs-wasm's matMul (XNNPACK), which packs its right operand for every new
 * tensor, as training's weights and gradients are every step. First each of
 * mnist-xavier's products on fresh operands (XNNPACK's 512^3 on fresh
 * operands as the reference), then mnist-xavier's whole training step with
 * the pass and without it, both compiled in this process and trained in
 * interleaved rounds. All times are this process's CPU time (wasm runs on one
 * thread here), so a shared machine's other work counts for little.
 */
import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import { nodeDatasets } from '../cli/datasets.ts';
import { matMulWasm, setMatMulPass } from '../core/compile/lower/wasm/matMul.ts';
import { loadDocumentText } from '../core/graph/load.ts';
import { useBackend } from '../core/runtime/backend.ts';
import { Trainer } from '../core/runtime/trainer.ts';
import { withTrainingSplit } from './courseRun.ts';
import { samplePath } from './courseSamples.ts';
import { type BenchRow, defineBench } from './lib/bench.ts';
import { median, type Timing } from './lib/timing.ts';

const RUNS = Number(process.env.MATMUL_SPEED_RUNS ?? 15);
const STEP_ROUNDS = Number(process.env.MATMUL_SPEED_STEP_ROUNDS ?? 7);
const STEPS = 30;
/**
 * [m, k, n] of mnist-xavier's products with a batch of 100 (forward, weight
 * gradients x^T dy, input gradients dy W^T), of mnist-cnn's 10-class layer
 * (forward, weight gradient), and the reference.
 */
const SHAPES: [number, number, number][] = [
  [100, 784, 256], [100, 256, 256], [100, 256, 10], [784, 100, 256], [256, 100, 256], [256, 100, 10], [100, 256, 256], [100, 10, 256],
  [100, 3136, 10], [3136, 100, 10], [512, 512, 512],
];

const summary = (t: number[]): Timing => ({ median: median(t), min: Math.min(...t), max: Math.max(...t), runs: t.length });
const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

function productRows(): BenchRow[] {
  const cases = SHAPES.flatMap(([m, k, n]) => [
    { name: `[${m},${k}] x [${k},${n}]: SIMD pass`, m, k, n, run: (a: tf.Tensor, b: tf.Tensor) => matMulWasm(a, b)! },
    { name: `[${m},${k}] x [${k},${n}]:   XNNPACK (before)`, m, k, n, run: (a: tf.Tensor, b: tf.Tensor) => tf.matMul(a, b) },
  ]);
  const times = cases.map(() => [] as number[]);
  for (let run = -1; run < RUNS; run++) {
    cases.forEach((c, i) => {
      const [a, b] = [tf.randomNormal([c.m, c.k]), tf.randomNormal([c.k, c.n])];
      const start = process.cpuUsage();
      const out = c.run(a, b);
      const ms = cpuMs(start);
      if (run >= 0) times[i].push(ms);
      tf.dispose([a, b, out]);
    });
  }
  const reference = (2 * 512 ** 3) / median(times[times.length - 1]) / 1e6;
  return cases.map((c, i) => {
    const rate = (2 * c.m * c.k * c.n) / median(times[i]) / 1e6;
    const versus = i % 2 === 0 ? `; ${(median(times[i + 1]) / median(times[i])).toFixed(2)}x XNNPACK` : '';
    return { name: `${c.name} (CPU ms)`, timing: summary(times[i]), note: `${rate.toFixed(1)} GFLOP/s = ${((100 * rate) / reference).toFixed(0)}% of XNNPACK's 512^3${versus}` };
  });
}

async function xavierTrainer(pass: boolean): Promise<Trainer> {
  const { document } = loadDocumentText(readFileSync(samplePath('mnist-xavier'), 'utf8'));
  if (!document?.session) throw new Error('mnist-xavier does not load');
  const doc = withTrainingSplit(document, 'train');
  doc.session = { ...doc.session!, fetches: [], evalFeeds: undefined, epochs: undefined, steps: 1_000_000, logEvery: 1000 };
  setMatMulPass(pass);
  try {
    return await Trainer.create(doc, { backend: 'wasm', datasets: nodeDatasets() });
  } finally {
    setMatMulPass(true);
  }
}

async function stepRows(): Promise<BenchRow[]> {
  const trainers = [await xavierTrainer(true), await xavierTrainer(false)];
  const perStep = [[], []] as number[][];
  for (let round = -1; round < STEP_ROUNDS; round++) {
    for (const i of [0, 1]) {
      const start = process.cpuUsage();
      await trainers[i].train({ steps: STEPS });
      if (round >= 0) perStep[i].push(cpuMs(start) / STEPS);
    }
  }
  trainers.forEach((t) => t.dispose());
  const ratio = median(perStep[1]) / median(perStep[0]);
  return [
    { name: 'mnist-xavier step, batch 100: products by the SIMD pass (CPU ms)', timing: summary(perStep[0]), note: `${ratio.toFixed(2)}x as fast as with XNNPACK's` },
    { name: "mnist-xavier step, batch 100:   products by XNNPACK's matMul (before) (CPU ms)", timing: summary(perStep[1]) },
  ];
}

export default defineBench({
  name: 'matMulSpeed',
  async run() {
    await useBackend('wasm');
    return [...productRows(), ...(await stepRows())];
  },
});
