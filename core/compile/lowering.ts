/**
 * How an op becomes TensorFlow.js kernels. One file per op kind in
 * core/compile/lower defines a `Lowering`; the choice of kernels may depend on
 * the backend (e.g. MatMul with transpose flags is slow on wasm).
 */
import type * as tf from '@tensorflow/tfjs-core';
import type { GraphNode, TensorRef } from '../graph/document.ts';
import type { OpStream } from '../random/opStream.ts';
import type { TensorType } from '../graph/shape.ts';
import type { AttrSpecs, AttrValues } from '../ops/attrs.ts';
import type { OpDef } from '../ops/opDef.ts';
import type { OpKind } from '../ops/opKinds.ts';

/** What a lowering may know when it picks kernels (once, at compile time). */
export interface LowerEnv {
  /** tfjs backend name: 'wasm', 'cpu', 'webgl', 'webgpu'. */
  backend: string;
  node: GraphNode;
  /** Where each input comes from; a stateful kernel reaches its source through it (ApplyGradient -> its Variable). */
  inputs: readonly TensorRef[];
  inputTypes: readonly TensorType[];
  outputTypes: readonly TensorType[];
}

/** State a kernel may reach while the plan runs. */
export interface RunContext {
  /** The session's variable for a Variable node id. */
  variable(nodeId: string): tf.Variable;
  /** Per-node persistent state (optimizer slots); created on first use, disposed with the session. */
  slots(nodeId: string): Map<string, tf.Variable>;
  /** A random node's generator, as TF's kernel keeps it across runs (seeded by the graph seed and the node's op seed). */
  randomStream(nodeId: string): OpStream;
  /** This run trains (its plan updates state): random kernels move their stream on; other runs draw what the next training run will. */
  training: boolean;
  /** Training steps taken so far. */
  step: number;
}

/**
 * A kernel: inputs in the op's input order (a variadic input's entries last),
 * outputs in the op's output order. Runs inside tf.tidy.
 */
export type Kernel = (inputs: tf.Tensor[], run: RunContext) => tf.Tensor | tf.Tensor[];

export interface Lowering<A extends AttrSpecs = AttrSpecs> {
  kind: OpKind;
  /**
   * The kernel writes session state (an optimizer update). A plan runs such
   * steps, and what depends on them, after every other step: all reads of a
   * training step see the values from before it, and a kernel that fails
   * leaves every variable untouched.
   */
  writesState?: boolean;
  /**
   * Called once per node at compile time. May create tensors that live as
   * long as the plan (constants); return them in `owned` to have them disposed.
   */
  lower(attrs: AttrValues<A>, env: LowerEnv): Kernel | { kernel: Kernel; owned: tf.Tensor[] };
}

/** Declares the lowering of an op, with the op's typed attrs. */
export function defineLowering<A extends AttrSpecs>(op: OpDef<A>, lower: Lowering<A>['lower'], options: { writesState?: boolean } = {}): Lowering {
  return { kind: op.kind, lower: lower as Lowering['lower'], ...options };
}
