/**
 * What checking a breakpoint costs training: vanishing-gradient-sigmoid (ten
 * sigmoid layers on XOR, a tiny graph, so a per-step read weighs the most)
 * trained on WASM without a probe, with one gradient-norm breakpoint checked
 * every step, and checked every 10 steps. Rounds interleave in rotating order
 * in one process; the ratios are against the run without a probe.
 */
import { readFileSync } from 'node:fs';
import type * as tf from '@tensorflow/tfjs-core';
import type { Breakpoint } from '../core/graph/debug.ts';
import type { GraphDocument } from '../core/graph/document.ts';
import { useBackend } from '../core/runtime/backend.ts';
import { checkBreakpoints, probesOf } from '../core/runtime/breakpoints.ts';
import { measureTensors } from '../core/runtime/measure.ts';
import { Trainer } from '../core/runtime/trainer.ts';
import type { StepProbe } from '../core/runtime/trainTypes.ts';
import { defineBench } from './lib/bench.ts';
import { median, type Timing } from './lib/timing.ts';

const ROUNDS = Number(process.env.BREAKPOINT_ROUNDS ?? 6);
const STEPS_PER_ROUND = 200;
/** Below 0 never holds, so training never stops: only the cost of checking is timed. */
const NEVER: Breakpoint = { id: 'b', node: 'n03', condition: { kind: 'norm', of: 'gradient', when: 'below', threshold: 0 } };

function probeEvery(trainer: Trainer, every: number): StepProbe {
  const refs = probesOf([NEVER]).map((p) => trainer.graph.gradients.get(p.node)!);
  let held = new Set<string>();
  return {
    refsAt: (step) => (step % every === 0 ? refs : undefined),
    async onValues(step, tensors: readonly tf.Tensor[]) {
      const measured = await measureTensors(tensors);
      const r = checkBreakpoints([NEVER], () => measured[0], step, held, () => 'layer1/W');
      held = r.held;
      return r.hits.length > 0;
    },
  };
}

export default defineBench({
  name: 'breakpoints',
  async run() {
    const backend = await useBackend('wasm');
    const doc = JSON.parse(readFileSync(new URL('../samples/vanishing-gradient-sigmoid.flow.json', import.meta.url), 'utf8')) as GraphDocument;
    const trainer = await Trainer.create(doc, { backend, steps: 100_000 });
    const variants = { none: undefined, every1: probeEvery(trainer, 1), every10: probeEvery(trainer, 10) };
    const names = Object.keys(variants) as (keyof typeof variants)[];
    const rounds: Record<string, number[]> = { none: [], every1: [], every10: [] };
    try {
      await trainer.train({ steps: 20, probe: variants.every1 });
      for (let round = 0; round < ROUNDS; round++)
        for (let i = 0; i < names.length; i++) {
          const name = names[(round + i) % names.length];
          const start = performance.now();
          await trainer.train({ steps: STEPS_PER_ROUND, probe: variants[name] });
          rounds[name].push((performance.now() - start) / STEPS_PER_ROUND);
        }
    } finally {
      trainer.dispose();
    }
    const timing = (name: string): Timing => ({ median: median(rounds[name]), min: Math.min(...rounds[name]), max: Math.max(...rounds[name]), runs: rounds[name].length * STEPS_PER_ROUND });
    const base = timing('none').median;
    const row = (name: string, label: string) => ({ name: label, timing: timing(name), note: `${(timing(name).median / base).toFixed(2)}x the step without a breakpoint` });
    return [row('none', 'vanishing-gradient-sigmoid step, no breakpoint'), row('every1', 'with a gradient-norm breakpoint checked every step'), row('every10', 'checked every 10 steps')];
  },
});
