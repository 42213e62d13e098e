/**
 * Every op definition, registered from one table keyed by the kinds of
 * opKinds.ts. Adding an op: see docs/adding-an-op.md.
 */
import { FlowboardError } from '../graph/diagnostics.ts';
import type { OpDef } from './opDef.ts';
import type { OpKind } from './opKinds.ts';
import { Abs } from './Abs.ts';
import { Add } from './Add.ts';
import { AddN } from './AddN.ts';
import { ApplyGradient } from './ApplyGradient.ts';
import { ArgMax } from './ArgMax.ts';
import { AvgPool } from './AvgPool.ts';
import { AvgPoolGrad } from './AvgPoolGrad.ts';
import { BroadcastLike } from './BroadcastLike.ts';
import { Cast } from './Cast.ts';
import { Concat } from './Concat.ts';
import { ConcatSlice } from './ConcatSlice.ts';
import { Constant } from './Constant.ts';
import { Conv2D } from './Conv2D.ts';
import { Conv2DBackpropFilter } from './Conv2DBackpropFilter.ts';
import { Conv2DBackpropInput } from './Conv2DBackpropInput.ts';
import { Div } from './Div.ts';
import { Dropout } from './Dropout.ts';
import { Elu } from './Elu.ts';
import { EluGrad } from './EluGrad.ts';
import { Equal } from './Equal.ts';
import { Exp } from './Exp.ts';
import { ExpandDims } from './ExpandDims.ts';
import { Flatten } from './Flatten.ts';
import { Gather } from './Gather.ts';
import { GatherGrad } from './GatherGrad.ts';
import { Greater } from './Greater.ts';
import { LRN } from './LRN.ts';
import { LRNGrad } from './LRNGrad.ts';
import { LeakyRelu } from './LeakyRelu.ts';
import { LeakyReluGrad } from './LeakyReluGrad.ts';
import { Less } from './Less.ts';
import { Log } from './Log.ts';
import { MatMul } from './MatMul.ts';
import { MaxPool } from './MaxPool.ts';
import { MaxPoolGrad } from './MaxPoolGrad.ts';
import { Maximum } from './Maximum.ts';
import { Minimize } from './Minimize.ts';
import { Minimum } from './Minimum.ts';
import { Mul } from './Mul.ts';
import { Neg } from './Neg.ts';
import { OneHot } from './OneHot.ts';
import { OnesLike } from './OnesLike.ts';
import { Pad } from './Pad.ts';
import { PadLike } from './PadLike.ts';
import { Placeholder } from './Placeholder.ts';
import { Pow } from './Pow.ts';
import { ReduceMax } from './ReduceMax.ts';
import { ReduceMean } from './ReduceMean.ts';
import { ReduceSum } from './ReduceSum.ts';
import { ReductionSize } from './ReductionSize.ts';
import { Relu } from './Relu.ts';
import { ReluGrad } from './ReluGrad.ts';
import { Reshape } from './Reshape.ts';
import { ReshapeLike } from './ReshapeLike.ts';
import { Sigmoid } from './Sigmoid.ts';
import { SigmoidCrossEntropyWithLogits } from './SigmoidCrossEntropyWithLogits.ts';
import { SigmoidGrad } from './SigmoidGrad.ts';
import { Slice } from './Slice.ts';
import { SliceLike } from './SliceLike.ts';
import { Softmax } from './Softmax.ts';
import { SoftmaxCrossEntropyWithLogits } from './SoftmaxCrossEntropyWithLogits.ts';
import { Sqrt } from './Sqrt.ts';
import { Square } from './Square.ts';
import { Squeeze } from './Squeeze.ts';
import { Stack } from './Stack.ts';
import { StopGradient } from './StopGradient.ts';
import { Sub } from './Sub.ts';
import { SumToShapeOf } from './SumToShapeOf.ts';
import { Tanh } from './Tanh.ts';
import { TanhGrad } from './TanhGrad.ts';
import { Transpose } from './Transpose.ts';
import { UnstackAt } from './UnstackAt.ts';
import { Variable } from './Variable.ts';
import { ZerosLike } from './ZerosLike.ts';

/** Keyed by kind, so a kind of OP_KINDS without its definition is a type error. */
const OPS: Record<OpKind, OpDef> = {
  Abs,
  Add,
  AddN,
  ApplyGradient,
  ArgMax,
  AvgPool,
  AvgPoolGrad,
  BroadcastLike,
  Cast,
  Concat,
  ConcatSlice,
  Constant,
  Conv2D,
  Conv2DBackpropFilter,
  Conv2DBackpropInput,
  Div,
  Dropout,
  Elu,
  EluGrad,
  Equal,
  Exp,
  ExpandDims,
  Flatten,
  Gather,
  GatherGrad,
  Greater,
  LRN,
  LRNGrad,
  LeakyRelu,
  LeakyReluGrad,
  Less,
  Log,
  MatMul,
  MaxPool,
  MaxPoolGrad,
  Maximum,
  Minimize,
  Minimum,
  Mul,
  Neg,
  OneHot,
  OnesLike,
  Pad,
  PadLike,
  Placeholder,
  Pow,
  ReduceMax,
  ReduceMean,
  ReduceSum,
  ReductionSize,
  Relu,
  ReluGrad,
  Reshape,
  ReshapeLike,
  Sigmoid,
  SigmoidCrossEntropyWithLogits,
  SigmoidGrad,
  Slice,
  SliceLike,
  Softmax,
  SoftmaxCrossEntropyWithLogits,
  Sqrt,
  Square,
  Squeeze,
  Stack,
  StopGradient,
  Sub,
  SumToShapeOf,
  Tanh,
  TanhGrad,
  Transpose,
  UnstackAt,
  Variable,
  ZerosLike,
};

const ALL_OPS: readonly OpDef[] = Object.values(OPS);

const byKind = new Map<string, OpDef>();
for (const [kind, op] of Object.entries(OPS)) {
  if (op.kind !== kind) throw new FlowboardError(`op ${op.kind} is registered under the kind ${kind}`);
  byKind.set(op.kind, op);
}

/** The op definition for a kind, or undefined for an unknown kind. */
export function findOp(kind: string): OpDef | undefined {
  return byKind.get(kind);
}

/** The op definition for a kind; throws on an unknown kind (a caller bug). */
export function getOp(kind: string): OpDef {
  const op = byKind.get(kind);
  if (!op) throw new FlowboardError(`unknown op kind "${kind}"`);
  return op;
}

/** All registered ops, in registration order. */
export function allOps(): readonly OpDef[] {
  return ALL_OPS;
}
