/**
 * Graph -> execution plan: prune to what the fetches need, order it, and lower
 * every node to kernels for one backend. A plan is reused for every run with
 * the same fetches and feeds.
 */
import type * as tf from '@tensorflow/tfjs-core';
import type { GraphAnalysis } from '../graph/analyze.ts';
import { formatDiagnostic, FlowboardError } from '../graph/diagnostics.ts';
import type { TensorRef } from '../graph/document.ts';
import type { Kernel } from './lowering.ts';
import { findLowering } from './registry.ts';

export interface PlanStep {
  nodeId: string;
  kernel: Kernel;
  inputSlots: number[];
  outputSlots: number[];
}

export interface Plan {
  steps: PlanStep[];
  /** Placeholder id -> slot its feed fills. */
  feedSlots: Map<string, number>;
  fetchSlots: number[];
  slotCount: number;
  /** Tensors the plan made at compile time (constants); freed by `disposePlan`. */
  owned: tf.Tensor[];
  /** Whether running the plan updates state (a training step), so the session counts it. */
  writesState: boolean;
}

export interface CompileOptions {
  backend: string;
}

/** Thrown when the fetched part of a graph cannot run; names the node. */
export class CompileError extends FlowboardError {}

/** Compiles the subgraph that computes `fetches` from the placeholders in `fed`. */
export function compile(analysis: GraphAnalysis, fetches: readonly TensorRef[], fed: ReadonlySet<string>, options: CompileOptions): Plan {
  const needed = neededNodes(analysis, fetches);
  // An error blocks only when it sits on a node (or an edge into a node) the fetches need.
  const edgeTarget = new Map(analysis.doc.edges.map((e) => [e.id, e.target]));
  const blocks = (id: string | undefined) => id !== undefined && needed.has(id);
  const blocking = analysis.diagnostics.filter((d) => d.severity === 'error' && (blocks(d.nodeId) || (d.edgeId !== undefined && blocks(edgeTarget.get(d.edgeId)))));
  if (blocking.length > 0) {
    const name = (id: string) => analysis.index.nodes.get(id)?.node.name;
    throw new CompileError(`the graph has errors:\n${blocking.map((d) => formatDiagnostic(d, name)).join('\n')}`, blocking[0].nodeId);
  }

  const slotOf = new Map<string, number>();
  const slot = (ref: TensorRef) => slotOf.get(`${ref.node}\u0000${ref.output}`)!;
  let slotCount = 0;
  const steps: PlanStep[] = [];
  const feedSlots = new Map<string, number>();
  const owned: tf.Tensor[] = [];
  const writers = new Set<string>();

  try {
    for (const id of analysis.order) {
      if (!needed.has(id)) continue;
      const entry = analysis.index.nodes.get(id)!;
      const def = entry.def!;
      const outputSlots = def.outputs.map((o) => {
        slotOf.set(`${id}\u0000${o.name}`, slotCount);
        return slotCount++;
      });
      if (def.kind === 'Placeholder') {
        if (!fed.has(id))
          throw new CompileError(`Placeholder "${entry.node.name}" must be fed: the fetched nodes depend on it. Feed it a value (e.g. --feed ${entry.node.name}=...) or bind data to it in the session.`, id);
        feedSlots.set(id, outputSlots[0]);
        continue;
      }
      const lowering = findLowering(def.kind);
      if (!lowering) throw new CompileError(`${def.kind} "${entry.node.name}" cannot run yet: no kernel is registered for ${def.kind}`, id);
      const inputTypes = entry.inputs.map((ref) => {
        const src = analysis.index.nodes.get(ref!.node)!;
        return analysis.types.get(ref!.node)![src.def!.outputs.findIndex((o) => o.name === ref!.output)];
      });
      const inputs = entry.inputs as TensorRef[];
      const lowered = lowering.lower(entry.attrs as never, { backend: options.backend, node: entry.node, inputs, inputTypes, outputTypes: analysis.types.get(id)! });
      const kernel = typeof lowered === 'function' ? lowered : (owned.push(...lowered.owned), lowered.kernel);
      steps.push({ nodeId: id, kernel, inputSlots: entry.inputs.map((ref) => slot(ref!)), outputSlots });
      if (lowering.writesState) writers.add(id);
    }
  } catch (e) {
    for (const t of owned) t.dispose();
    throw e;
  }
  return { steps: writersLast(steps, writers), feedSlots, fetchSlots: fetches.map(slot), slotCount, owned, writesState: writers.size > 0 };
}

/**
 * Moves the steps that write state, and every step that depends on them, to
 * the end, keeping the order within both parts. Still a topological order: a
 * moved step's consumers all move with it.
 */
function writersLast(steps: PlanStep[], writers: ReadonlySet<string>): PlanStep[] {
  if (writers.size === 0) return steps;
  const lateSlots = new Set<number>();
  const early: PlanStep[] = [];
  const late: PlanStep[] = [];
  for (const step of steps) {
    if (writers.has(step.nodeId) || step.inputSlots.some((s) => lateSlots.has(s))) {
      for (const s of step.outputSlots) lateSlots.add(s);
      late.push(step);
    } else early.push(step);
  }
  return [...early, ...late];
}

/** Frees the tensors a plan owns. */
export function disposePlan(plan: Plan): void {
  for (const t of plan.owned) t.dispose();
  plan.owned.length = 0;
}

/** Every node a fetch depends on, the fetched nodes included. Throws on an unknown fetch. */
function neededNodes(analysis: GraphAnalysis, fetches: readonly TensorRef[]): Set<string> {
  const needed = new Set<string>();
  const stack: string[] = [];
  for (const f of fetches) {
    const entry = analysis.index.nodes.get(f.node);
    if (!entry) throw new CompileError(`cannot fetch "${f.node}": no such node`);
    if (entry.def && !entry.def.outputs.some((o) => o.name === f.output))
      throw new CompileError(`cannot fetch "${entry.node.name}:${f.output}": ${entry.node.op} has outputs ${entry.def.outputs.map((o) => o.name).join(', ')}`, f.node);
    stack.push(f.node);
  }
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (needed.has(id)) continue;
    needed.add(id);
    for (const ref of analysis.index.nodes.get(id)?.inputs ?? []) if (ref && !needed.has(ref.node)) stack.push(ref.node);
  }
  return needed;
}
