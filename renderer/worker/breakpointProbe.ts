/**
 * The training step's probe for the document's breakpoints: fetches, with
 * every step, only the tensors the enabled breakpoints read (a node's value,
 * or the loss's gradient with respect to it), measures them in one read and
 * stops training when one fires. Every step, so the step is exact: on the
 * smallest lesson graph that costs about 1.2x a step (`npm run bench breakpoints`).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { GraphAnalysis } from '../../core/graph/analyze.ts';
import type { Breakpoint } from '../../core/graph/debug.ts';
import type { TensorRef } from '../../core/graph/document.ts';
import { type BreakpointHit, checkBreakpoints, type Measured, type Probe, probesOf } from '../../core/runtime/breakpoints.ts';
import { measureTensors } from '../../core/runtime/measure.ts';
import type { Trainer } from '../../core/runtime/trainer.ts';
import type { StepProbe } from '../../core/runtime/trainTypes.ts';
import { incomingGradient } from './graphTaps.ts';

/** Condition state carried across train() calls of one run, so Resume does not fire again at once. */
export interface BreakpointState {
  held: Set<string>;
}

/** The probe for `breakpoints`, or undefined when none is enabled on a node of this graph. */
export function breakpointProbe(trainer: Trainer, analysis: GraphAnalysis, breakpoints: readonly Breakpoint[], state: BreakpointState, onHit: (hits: BreakpointHit[]) => void): StepProbe | undefined {
  const live = breakpoints.filter((b) => !b.disabled && analysis.index.nodes.has(b.node));
  if (live.length === 0) return undefined;
  const probes = probesOf(live);
  // Each probe's tensors: one for a value, the gradients flowing in (summed) for a gradient; none when no gradient reaches it.
  const groups = probes.map((p) => refsOf(trainer, analysis, p));
  const refs = groups.flat();
  const nameOf = (id: string) => analysis.index.nodes.get(id)?.node.name ?? id;
  return {
    refsAt: () => refs,
    async onValues(step, tensors) {
      const measured = await measureGroups(groups, tensors);
      const byProbe = new Map(probes.map((p, i) => [`${p.node}:${p.of}`, measured[i]]));
      const r = checkBreakpoints(live, (p) => byProbe.get(`${p.node}:${p.of}`), step, state.held, nameOf);
      state.held = r.held;
      if (r.hits.length > 0) onHit(r.hits);
      return r.hits.length > 0;
    },
  };
}

function refsOf(trainer: Trainer, analysis: GraphAnalysis, probe: Probe): TensorRef[] {
  if (probe.of === 'gradient') return incomingGradient(trainer.graph, analysis, probe.node);
  const output = analysis.index.nodes.get(probe.node)?.def?.outputs[0]?.name;
  return output === undefined ? [] : [{ node: probe.node, output }];
}

async function measureGroups(groups: readonly TensorRef[][], tensors: readonly tf.Tensor[]): Promise<(Measured | undefined)[]> {
  let at = 0;
  const parts = groups.map((g) => {
    const own = tensors.slice(at, (at += g.length));
    return own.length === 0 ? undefined : own.length === 1 ? own[0] : tf.addN(own as tf.Tensor[]);
  });
  const present = parts.filter((t): t is tf.Tensor => t !== undefined);
  try {
    const measured = await measureTensors(present);
    let i = 0;
    return parts.map((t) => (t === undefined ? undefined : measured[i++]));
  } finally {
    // Sums made here are ours to free; single tensors are the trainer's.
    parts.forEach((t, i) => t !== undefined && groups[i].length > 1 && t.dispose());
  }
}
