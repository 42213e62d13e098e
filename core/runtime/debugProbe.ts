/**
 * The training step's probe for a document's `debug` block: fetches, with
 * the step itself, the tensors the enabled breakpoints read (every step, so
 * the step is exact: about 1.2x a step on the smallest lesson graph, `npm run
 * bench breakpoints`) and the watched tensors (log steps only), measures them
 * in one read, stops training when a breakpoint fires, and keeps the watches'
 * numbers for that step's log. Used by the app's worker and `flowboard train`.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { GraphAnalysis } from '../graph/analyze.ts';
import type { DebugConfig, Watch } from '../graph/debug.ts';
import type { TensorRef } from '../graph/document.ts';
import { type BreakpointHit, checkBreakpoints, type Measured, type Probe, probesOf, watchTag, watchValue } from './breakpoints.ts';
import { incomingGradient } from './incomingGradient.ts';
import { measureTensors } from './measure.ts';
import type { Trainer } from './trainer.ts';
import type { StepProbe } from './trainTypes.ts';

/** Condition state carried across train() calls of one run, so Resume does not fire again at once. */
export interface BreakpointState {
  held: Set<string>;
}

export interface DebugProbe {
  /** The probe to pass to `train()`; undefined when there is nothing to check or log. */
  probe: StepProbe | undefined;
  /** The scalar tags the watches log under, in the watch list's order. */
  watchTags: string[];
  /** Watches that can log nothing on this graph, with why. */
  skipped: { watch: Watch; reason: string }[];
  /** The watches' numbers measured with log step `step`, by tag (NaN where a watch had none). */
  watchValuesAt(step: number): Record<string, number>;
}

export interface DebugProbeOptions {
  /** False leaves breakpoints out (`flowboard train --ignore-breakpoints`); watches still log. */
  breakpoints?: boolean;
  onHit(hits: BreakpointHit[]): void;
}

/** The probe for `debug` on `trainer`'s graph; entries on nodes it does not have are left out. */
export function debugProbe(trainer: Trainer, analysis: GraphAnalysis, debug: DebugConfig | undefined, state: BreakpointState, options: DebugProbeOptions): DebugProbe {
  const nameOf = (id: string) => analysis.index.nodes.get(id)?.node.name ?? id;
  const live = options.breakpoints === false ? [] : (debug?.breakpoints ?? []).filter((b) => !b.disabled && analysis.index.nodes.has(b.node));
  const skipped: DebugProbe['skipped'] = [];
  const watches: { watch: Watch; tag: string }[] = [];
  // Each probed tensor's refs: one for a value, the gradients flowing in (summed) for a gradient.
  const refs = new Map<string, TensorRef[]>();
  const refsOfProbe = (p: Probe) => {
    const key = `${p.node}:${p.of}`;
    if (!refs.has(key)) refs.set(key, refsOf(trainer, analysis, p));
    return refs.get(key)!;
  };
  for (const watch of debug?.watches ?? []) {
    const reason = watchProblem(watch, analysis, refsOfProbe(watch));
    if (reason) skipped.push({ watch, reason });
    else watches.push({ watch, tag: uniqueTag(watchTag(watch, nameOf(watch.node)), watches) });
  }
  const breakKeys = probesOf(live).map((p) => (refsOfProbe(p), `${p.node}:${p.of}`));
  const watchKeys = [...new Set(watches.map(({ watch: w }) => `${w.node}:${w.of}`))].filter((k) => !breakKeys.includes(k));
  let checked: { step: number; keys: string[]; logging: boolean } | undefined;
  let latest: { step: number; values: Record<string, number> } | undefined;

  const probe: StepProbe | undefined =
    live.length + watches.length === 0
      ? undefined
      : {
          refsAt(step, logging) {
            if (live.length === 0 && !logging) return undefined;
            checked = { step, keys: logging ? [...breakKeys, ...watchKeys] : breakKeys, logging };
            return checked.keys.flatMap((k) => refs.get(k)!);
          },
          async onValues(step, tensors) {
            const now = checked?.step === step ? checked : undefined;
            const keys = now?.keys ?? [];
            const measured = await measureGroups(keys.map((k) => refs.get(k)!), tensors);
            const byKey = new Map(keys.map((k, i) => [k, measured[i]]));
            const at = (p: Probe) => byKey.get(`${p.node}:${p.of}`);
            if (watches.length > 0 && now?.logging)
              latest = { step, values: Object.fromEntries(watches.map(({ watch, tag }) => [tag, watchValue(watch, at(watch)) ?? NaN])) };
            if (live.length === 0) return false;
            const r = checkBreakpoints(live, at, step, state.held, nameOf);
            state.held = r.held;
            if (r.hits.length > 0) options.onHit(r.hits);
            return r.hits.length > 0;
          },
        };
  return {
    probe,
    watchTags: watches.map((w) => w.tag),
    skipped,
    watchValuesAt: (step) => (latest?.step === step ? latest.values : Object.fromEntries(watches.map((w) => [w.tag, NaN]))),
  };
}

/** Why a watch can log nothing here, or undefined when it can. */
function watchProblem(watch: Watch, analysis: GraphAnalysis, refs: readonly TensorRef[]): string | undefined {
  const name = analysis.index.nodes.get(watch.node)?.node.name;
  if (name === undefined) return `its node "${watch.node}" is not in the graph`;
  if (refs.length === 0) return watch.of === 'gradient' ? `no gradient of the loss reaches "${name}"` : `"${name}" has no value to read`;
  const shape = analysis.types.get(watch.node)?.[0]?.shape;
  if (watch.stat === 'value' && shape && shape.some((d) => d !== 1)) return `"${name}" is not a scalar (shape [${shape.map((d) => d ?? '?').join(', ')}]): watch its norm or mean`;
  return undefined;
}

/** Two watches with the same tag (the same node, tensor and number twice) are told apart by a count. */
function uniqueTag(tag: string, taken: readonly { tag: string }[]): string {
  let out = tag;
  for (let i = 2; taken.some((t) => t.tag === out); i++) out = `${tag} (${i})`;
  return out;
}

function refsOf(trainer: Trainer, analysis: GraphAnalysis, probe: Probe): TensorRef[] {
  if (!analysis.index.nodes.has(probe.node)) return [];
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
