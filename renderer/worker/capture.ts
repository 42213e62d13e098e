/**
 * Reading the model's state between steps, for the panels: histograms of
 * every variable and its gradient, statistics of every node, and the watched
 * node's value and gradient. Each reads tensors on one mini-batch's feeds
 * and never trains.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { GraphAnalysis } from '../../core/graph/analyze.ts';
import type { TensorRef } from '../../core/graph/document.ts';
import type { FeedMap, Session } from '../../core/runtime/session.ts';
import type { Trainer } from '../../core/runtime/trainer.ts';
import { tf2Histogram } from '../../core/summary/histogramTf2.ts';
import { incomingGradient } from '../../core/runtime/incomingGradient.ts';
import { gradientTag, type HistogramEntry, type NodeStats, type TensorData, type WatchedTensors } from '../training/protocol.ts';
import { tensorStats } from './tensorStats.ts';

/** The most elements of a watched tensor sent to the UI (1 MB of float32). */
export const MAX_WATCHED_ELEMENTS = 1 << 18;

/** TensorBoard's own (TF2) histogram of `values` and their L2 norm; no buckets when a value is not finite (TensorBoard refuses those). */
export function histogramEntryOf(tag: string, step: number, values: ArrayLike<number>): HistogramEntry {
  let buckets: Float64Array;
  try {
    buckets = Float64Array.from(tf2Histogram(values).flatMap((b) => [b.left, b.right, b.count]));
  } catch {
    buckets = new Float64Array(0);
  }
  return { tag, step, wallTime: Date.now(), buckets, norm: l2Norm(values) };
}

/** sqrt(sum of squares) in float64, so a vanishing gradient's tiny norm does not underflow to 0. */
export function l2Norm(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] * values[i];
  return Math.sqrt(sum);
}

/** Every trained variable's value and gradient as histograms. */
export async function captureHistograms(trainer: Trainer, feeds: FeedMap, step: number): Promise<HistogramEntry[]> {
  const variables = [...trainer.graph.gradients.keys()];
  const names = variables.map((id) => trainer.session.analysis.index.nodes.get(id)!.node.name);
  const refs: TensorRef[] = [...variables.map((id) => ({ node: id, output: 'value' })), ...variables.map((id) => trainer.graph.gradients.get(id)!)];
  const tensors = trainer.session.run(refs, feeds);
  try {
    const data = await Promise.all(tensors.map((t) => t.data()));
    return data.map((values, i) => histogramEntryOf(i < names.length ? names[i] : gradientTag(names[i - names.length]), step, values as Float32Array));
  } finally {
    tf.dispose(tensors);
  }
}

/** Statistics of every tapped tensor. */
export async function captureNodeStats(session: Session, refs: readonly TensorRef[], feeds: FeedMap, step: number): Promise<Pick<NodeStats, 'step' | 'ids' | 'shapes' | 'stats'>> {
  const tensors = session.run(refs, feeds);
  try {
    return { step, ids: refs.map((r) => r.node), shapes: tensors.map((t) => t.shape), stats: await tensorStats(tensors) };
  } finally {
    tf.dispose(tensors);
  }
}

/** Which of a watched node's tensors the canvas shows now (step-through computes the gradients last). */
export interface WatchedParts {
  value: boolean;
  gradient: boolean;
}

/** The node's value and dL/d(value), when the loss depends on it: each only when `show` asks for it. */
export async function captureWatched(trainer: Trainer, analysis: GraphAnalysis, nodeId: string, feeds: FeedMap, step: number, show: WatchedParts = { value: true, gradient: true }): Promise<WatchedTensors> {
  const entry = analysis.index.nodes.get(nodeId)!;
  const output = entry.def?.outputs[0]?.name;
  if (output === undefined || entry.node.op === 'Minimize' || entry.node.op === 'ApplyGradient' || !show.value) return { nodeId, step, value: undefined, gradient: undefined };
  const gradRefs = show.gradient ? incomingGradient(trainer.graph, analysis, nodeId) : [];
  const tensors = trainer.session.run([{ node: nodeId, output }, ...gradRefs], feeds);
  try {
    const value = await tensorData(tensors[0]);
    const gradient = gradRefs.length === 0 ? undefined : await sumData(tensors.slice(1));
    return { nodeId, step, value, gradient };
  } finally {
    tf.dispose(tensors);
  }
}

async function sumData(tensors: tf.Tensor[]): Promise<TensorData> {
  if (tensors.length === 1) return tensorData(tensors[0]);
  const sum = tf.addN(tensors);
  try {
    return await tensorData(sum);
  } finally {
    sum.dispose();
  }
}

/** The tensor's shape and its first MAX_WATCHED_ELEMENTS values as float32. */
async function tensorData(t: tf.Tensor): Promise<TensorData> {
  const data = await t.data();
  const n = Math.min(data.length, MAX_WATCHED_ELEMENTS);
  const values = new Float32Array(n);
  for (let i = 0; i < n; i++) values[i] = Number(data[i]);
  return { shape: t.shape, values };
}
