/**
 * The shape of an op definition. One file per op kind in core/ops defines one
 * `OpDef` with `defineOp`; `registry.ts` lists them all.
 */
import type { DType, TensorType } from '../graph/shape.ts';
import type { AttrSpecs, AttrValues } from './attrs.ts';
import type { OpKind } from './opKinds.ts';

/** Palette groups; `internal` ops are made by autodiff or the compiler, never dragged. */
export type OpCategory =
  | 'inputs'
  | 'variables'
  | 'math'
  | 'activations'
  | 'nn'
  | 'shape'
  | 'reduce'
  | 'compare'
  | 'losses'
  | 'optimizers'
  | 'internal';

export interface InputSpec {
  name: string;
  doc: string;
  /** dtypes accepted; any when absent. */
  dtypes?: readonly DType[];
  /** A variadic input takes any number of edges (`values:0`, `values:1`, ...); it must be the last input. */
  variadic?: boolean;
  /** Fewest entries of a variadic input. */
  minCount?: number;
  /** Wired by the compiler's expansions (training), never by the learner: editors hide it. */
  internal?: boolean;
}

export interface OutputSpec {
  name: string;
  doc: string;
}

export interface InferContext<A extends AttrSpecs> {
  attrs: AttrValues<A>;
  /** Input types in the order of `inputs`; a variadic input's entries come last, in slot order. */
  in: readonly TensorType[];
  /** The node's user-visible name, for messages. */
  nodeName: string;
}

export interface InferFailure {
  code: 'SHAPE_MISMATCH' | 'DTYPE_MISMATCH' | 'BAD_ATTR';
  message: string;
  fix?: string;
}

export type InferResult = TensorType[] | InferFailure;

export interface OpDef<A extends AttrSpecs = AttrSpecs> {
  kind: OpKind;
  category: OpCategory;
  /** One paragraph for the UI: what the op computes and when to use it. */
  doc: string;
  inputs: readonly InputSpec[];
  outputs: readonly OutputSpec[];
  attrs: A;
  /** Output types from input types and attrs; runs on every edit, so keep it cheap. */
  infer(ctx: InferContext<A>): InferResult;
  /** Holds state across runs (Variable, Minimize). */
  stateful?: boolean;
}

/** Declares an op with typed attrs. */
export function defineOp<const A extends AttrSpecs>(def: OpDef<A>): OpDef<A> {
  return def;
}

/** An inference failure. */
export function fail(code: InferFailure['code'], message: string, fix?: string): InferFailure {
  return fix === undefined ? { code, message } : { code, message, fix };
}

export function isFailure(r: InferResult): r is InferFailure {
  return !Array.isArray(r);
}
