/**
 * The shape of a gradient definition. One file per differentiable op kind,
 * `<Op>_grad.ts`, defines a `Gradient` with `defineGrad`; `registry.ts` lists
 * them all. Like tfjs's GradConfig, a gradient returns one thunk per input and
 * only the thunks of inputs that lead back to a variable are called, so no
 * node is built for a gradient nobody needs.
 */
import type { GraphNode, TensorRef } from '../graph/document.ts';
import type { TensorType } from '../graph/shape.ts';
import type { AttrSpecs, AttrValues } from '../ops/attrs.ts';
import type { OpDef } from '../ops/opDef.ts';
import type { OpKind } from '../ops/opKinds.ts';
import type { GradBuilder } from './gradBuilder.ts';

export interface GradContext<A extends AttrSpecs = AttrSpecs> {
  /** Adds backward nodes to the graph. */
  b: GradBuilder;
  /** The forward node being differentiated. */
  node: GraphNode;
  attrs: AttrValues<A>;
  /** The forward node's inputs in the op's order (a variadic input's entries last). */
  x: readonly TensorRef[];
  /** Static types of `x`. */
  xTypes: readonly TensorType[];
  /** The forward node's outputs, in the op's order. */
  y: readonly TensorRef[];
  yTypes: readonly TensorType[];
  /** Gradient of the loss with respect to the first output. */
  dy: TensorRef;
  /** Gradients of every output; an output the loss does not use gets ZerosLike. */
  dys: readonly TensorRef[];
  /** Says why no gradient flows to the input being built (Cast to int32); returns undefined for the thunk to return. */
  stop(reason: string): undefined;
}

/** Builds the gradient of one input; undefined when none flows (after `stop`). */
export type GradThunk = () => TensorRef | undefined;

/** One thunk per input, in the order of `GradContext.x`. */
export type GradFunc<A extends AttrSpecs = AttrSpecs> = (g: GradContext<A>) => readonly GradThunk[];

export interface Gradient {
  kind: OpKind;
  grad: GradFunc;
}

/** Declares the gradient of an op, with the op's typed attrs. */
export function defineGrad<A extends AttrSpecs>(op: OpDef<A>, grad: GradFunc<A>): Gradient {
  return { kind: op.kind, grad: grad as unknown as GradFunc };
}

/** Builds a node the first time it is asked for, so thunks can share it and unneeded ones never build it. */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) [value, built] = [build(), true];
    return value as T;
  };
}
