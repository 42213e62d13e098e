/**
 * Finding where training blew up. The trainer checks only the loss, and only
 * on log steps; when it is NaN or Infinity it rolls back to the last state it
 * knows was good, replays the steps one at a time checking the loss and every
 * gradient, and at the first bad step fetches every forward and backward node
 * (before that step's update) to name the first one, in graph order, whose
 * value is not finite.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { TrainingGraph } from '../autodiff/expandTraining.ts';
import type { TensorRef } from '../graph/document.ts';
import { RunError } from './runError.ts';
import type { Session } from './session.ts';
import type { StepFeeds } from './feedSet.ts';
import { snapshotSession, type StateSnapshot } from './snapshot.ts';

/** Training stopped at `step` because `nodeId` produced a value that is not a finite number. */
export class TrainingError extends RunError {
  constructor(message: string, nodeId: string | undefined, readonly step: number) {
    super(message, nodeId);
    this.name = 'TrainingError';
  }
}

export interface Replay {
  session: Session;
  graph: TrainingGraph;
  /** Feeds of step `step`, the same batch the step saw the first time. */
  feedsAt(step: number): StepFeeds;
}

/** Replays from `good` through step `last` and throws a TrainingError naming the culprit. */
export async function locateNonFinite(replay: Replay, good: StateSnapshot, last: number): Promise<never> {
  const { session, graph } = replay;
  const checked: TensorRef[] = [{ node: graph.minimize, output: 'loss' }, ...graph.gradients.values()];
  good.restore();
  for (let step = good.step; step <= last; step++) {
    const before = snapshotSession(session, step);
    const { feeds, dispose } = replay.feedsAt(step);
    try {
      session.step = step;
      const results = session.run(checked, feeds);
      const bad = (await Promise.all(results.map(badValue))).some((v) => v !== undefined);
      tf.dispose(results);
      if (bad) {
        before.restore();
        throw await culprit(session, graph, feeds, step);
      }
    } finally {
      dispose();
      before.dispose();
    }
  }
  throw new TrainingError(`the loss stopped being a finite number by step ${last}, but replaying the steps from ${good.step} did not reproduce it (is the backend deterministic?); lower the learning rate`, graph.loss.node, last);
}

/** The error for the first node, in graph order, whose value at this state is not finite. */
async function culprit(session: Session, graph: TrainingGraph, feeds: StepFeeds['feeds'], step: number): Promise<TrainingError> {
  const { analysis } = session;
  const wanted = upstream(session, [graph.loss, ...graph.gradients.values()]);
  const refs: TensorRef[] = [];
  for (const id of analysis.order) {
    if (!wanted.has(id)) continue;
    const def = analysis.index.nodes.get(id)!.def!;
    def.outputs.forEach((o, i) => {
      if (analysis.types.get(id)?.[i]?.dtype === 'float32') refs.push({ node: id, output: o.name });
    });
  }
  const results = session.run(refs, feeds);
  try {
    for (let i = 0; i < refs.length; i++) {
      const value = await badValue(results[i]);
      if (value === undefined) continue;
      const node = analysis.index.nodes.get(refs[i].node)!.node;
      return new TrainingError(
        `training stopped at step ${step}: ${node.op} "${node.name}" produced ${value}, the first node in the graph whose value is not a finite number. ${hint(node.op, node.id, session, graph)}`,
        node.id,
        step,
      );
    }
  } finally {
    tf.dispose(results);
  }
  return new TrainingError(`training stopped at step ${step}: the loss or a gradient is not a finite number, but no single node's value is; lower the learning rate`, graph.loss.node, step);
}

/** What usually causes a non-finite value in an op, and what to do. */
function hint(op: string, nodeId: string, session: Session, graph: TrainingGraph): string {
  const forward = graph.origin.get(nodeId)?.forwardNode;
  if (forward !== undefined) {
    const name = session.analysis.index.nodes.get(forward)?.node.name ?? forward;
    return `It is part of the gradient of "${name}": the gradient overflowed there. Lower the learning rate, or keep the input of "${name}" in the range where it is defined.`;
  }
  switch (op) {
    case 'Log':
      return 'Log of 0 is -Infinity and of a negative number NaN: keep its input above 0 (add a small constant such as 1e-7, or compute the cost with SigmoidCrossEntropyWithLogits or SoftmaxCrossEntropyWithLogits).';
    case 'Div':
      return 'Its divisor reached 0: keep the divisor away from 0.';
    case 'Sqrt':
      return 'Sqrt of a negative number is NaN: keep its input at or above 0.';
    case 'Exp':
      return 'Exp overflows float32 above about 88: lower the learning rate or scale the inputs down.';
    case 'Variable':
      return 'The variable itself is no longer finite: an earlier update overflowed. Lower the learning rate.';
    case 'Placeholder':
      return 'The data fed to it holds a value that is not a finite number: fix the data.';
    default:
      return 'Lower the learning rate, or check the values flowing into it.';
  }
}

/** Every node the refs depend on. */
function upstream(session: Session, refs: TensorRef[]): Set<string> {
  const seen = new Set<string>();
  const stack = refs.map((r) => r.node);
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const ref of session.analysis.index.nodes.get(id)?.inputs ?? []) if (ref) stack.push(ref.node);
  }
  return seen;
}

/** 'NaN', 'Infinity' or '-Infinity' for the first such element, or undefined when all are finite. */
export async function badValue(t: tf.Tensor): Promise<string | undefined> {
  const data = await t.data();
  for (let i = 0; i < data.length; i++) {
    const v = Number(data[i]);
    if (!Number.isFinite(v)) return String(v);
  }
  return undefined;
}
