/**
 * Every lowering, registered from one table keyed by op kind: a kind of
 * OP_KINDS with neither a lowering nor a reason in NOT_LOWERED is a type error.
 */
import { FlowboardError } from '../graph/diagnostics.ts';
import type { OpKind } from '../ops/opKinds.ts';
import type { Lowering } from './lowering.ts';
import { AbsLowering } from './lower/Abs.ts';
import { AddLowering } from './lower/Add.ts';
import { AddNLowering } from './lower/AddN.ts';
import { ApplyGradientLowering } from './lower/ApplyGradient.ts';
import { ArgMaxLowering } from './lower/ArgMax.ts';
import { AvgPoolLowering } from './lower/AvgPool.ts';
import { AvgPoolGradLowering } from './lower/AvgPoolGrad.ts';
import { BroadcastLikeLowering } from './lower/BroadcastLike.ts';
import { CastLowering } from './lower/Cast.ts';
import { ConcatLowering } from './lower/Concat.ts';
import { ConcatSliceLowering } from './lower/ConcatSlice.ts';
import { ConstantLowering } from './lower/Constant.ts';
import { Conv2DLowering } from './lower/Conv2D.ts';
import { Conv2DBackpropFilterLowering } from './lower/Conv2DBackpropFilter.ts';
import { Conv2DBackpropInputLowering } from './lower/Conv2DBackpropInput.ts';
import { DivLowering } from './lower/Div.ts';
import { DropoutLowering } from './lower/Dropout.ts';
import { EluLowering } from './lower/Elu.ts';
import { EluGradLowering } from './lower/EluGrad.ts';
import { EqualLowering } from './lower/Equal.ts';
import { ExpLowering } from './lower/Exp.ts';
import { ExpandDimsLowering } from './lower/ExpandDims.ts';
import { FlattenLowering } from './lower/Flatten.ts';
import { GatherLowering } from './lower/Gather.ts';
import { GatherGradLowering } from './lower/GatherGrad.ts';
import { GreaterLowering } from './lower/Greater.ts';
import { LRNLowering } from './lower/LRN.ts';
import { LRNGradLowering } from './lower/LRNGrad.ts';
import { LeakyReluLowering } from './lower/LeakyRelu.ts';
import { LeakyReluGradLowering } from './lower/LeakyReluGrad.ts';
import { LessLowering } from './lower/Less.ts';
import { LogLowering } from './lower/Log.ts';
import { MatMulLowering } from './lower/MatMul.ts';
import { MaxPoolLowering } from './lower/MaxPool.ts';
import { MaxPoolGradLowering } from './lower/MaxPoolGrad.ts';
import { MaximumLowering } from './lower/Maximum.ts';
import { MinimizeLowering } from './lower/Minimize.ts';
import { MinimumLowering } from './lower/Minimum.ts';
import { MulLowering } from './lower/Mul.ts';
import { NegLowering } from './lower/Neg.ts';
import { OneHotLowering } from './lower/OneHot.ts';
import { OnesLikeLowering } from './lower/OnesLike.ts';
import { PadLowering } from './lower/Pad.ts';
import { PadLikeLowering } from './lower/PadLike.ts';
import { PowLowering } from './lower/Pow.ts';
import { ReduceMaxLowering } from './lower/ReduceMax.ts';
import { ReduceMeanLowering } from './lower/ReduceMean.ts';
import { ReduceSumLowering } from './lower/ReduceSum.ts';
import { ReductionSizeLowering } from './lower/ReductionSize.ts';
import { ReluLowering } from './lower/Relu.ts';
import { ReluGradLowering } from './lower/ReluGrad.ts';
import { ReshapeLowering } from './lower/Reshape.ts';
import { ReshapeLikeLowering } from './lower/ReshapeLike.ts';
import { SigmoidLowering } from './lower/Sigmoid.ts';
import { SigmoidCrossEntropyWithLogitsLowering } from './lower/SigmoidCrossEntropyWithLogits.ts';
import { SigmoidGradLowering } from './lower/SigmoidGrad.ts';
import { SliceLowering } from './lower/Slice.ts';
import { SliceLikeLowering } from './lower/SliceLike.ts';
import { SoftmaxLowering } from './lower/Softmax.ts';
import { SoftmaxCrossEntropyWithLogitsLowering } from './lower/SoftmaxCrossEntropyWithLogits.ts';
import { SqrtLowering } from './lower/Sqrt.ts';
import { SquareLowering } from './lower/Square.ts';
import { SqueezeLowering } from './lower/Squeeze.ts';
import { StackLowering } from './lower/Stack.ts';
import { StopGradientLowering } from './lower/StopGradient.ts';
import { SubLowering } from './lower/Sub.ts';
import { SumToShapeOfLowering } from './lower/SumToShapeOf.ts';
import { TanhLowering } from './lower/Tanh.ts';
import { TanhGradLowering } from './lower/TanhGrad.ts';
import { TransposeLowering } from './lower/Transpose.ts';
import { UnstackAtLowering } from './lower/UnstackAt.ts';
import { VariableLowering } from './lower/Variable.ts';
import { ZerosLikeLowering } from './lower/ZerosLike.ts';

/** Op kinds with no lowering, and why. */
export const NOT_LOWERED = {
  Placeholder: 'the plan fills it from the feeds (compile.ts), so it has no kernel',
} as const satisfies Partial<Record<OpKind, string>>;

const LOWERINGS: Record<Exclude<OpKind, keyof typeof NOT_LOWERED>, Lowering> = {
  Abs: AbsLowering,
  Add: AddLowering,
  AddN: AddNLowering,
  ApplyGradient: ApplyGradientLowering,
  ArgMax: ArgMaxLowering,
  AvgPool: AvgPoolLowering,
  AvgPoolGrad: AvgPoolGradLowering,
  BroadcastLike: BroadcastLikeLowering,
  Cast: CastLowering,
  Concat: ConcatLowering,
  ConcatSlice: ConcatSliceLowering,
  Constant: ConstantLowering,
  Conv2D: Conv2DLowering,
  Conv2DBackpropFilter: Conv2DBackpropFilterLowering,
  Conv2DBackpropInput: Conv2DBackpropInputLowering,
  Div: DivLowering,
  Dropout: DropoutLowering,
  Elu: EluLowering,
  EluGrad: EluGradLowering,
  Equal: EqualLowering,
  Exp: ExpLowering,
  ExpandDims: ExpandDimsLowering,
  Flatten: FlattenLowering,
  Gather: GatherLowering,
  GatherGrad: GatherGradLowering,
  Greater: GreaterLowering,
  LRN: LRNLowering,
  LRNGrad: LRNGradLowering,
  LeakyRelu: LeakyReluLowering,
  LeakyReluGrad: LeakyReluGradLowering,
  Less: LessLowering,
  Log: LogLowering,
  MatMul: MatMulLowering,
  MaxPool: MaxPoolLowering,
  MaxPoolGrad: MaxPoolGradLowering,
  Maximum: MaximumLowering,
  Minimize: MinimizeLowering,
  Minimum: MinimumLowering,
  Mul: MulLowering,
  Neg: NegLowering,
  OneHot: OneHotLowering,
  OnesLike: OnesLikeLowering,
  Pad: PadLowering,
  PadLike: PadLikeLowering,
  Pow: PowLowering,
  ReduceMax: ReduceMaxLowering,
  ReduceMean: ReduceMeanLowering,
  ReduceSum: ReduceSumLowering,
  ReductionSize: ReductionSizeLowering,
  Relu: ReluLowering,
  ReluGrad: ReluGradLowering,
  Reshape: ReshapeLowering,
  ReshapeLike: ReshapeLikeLowering,
  Sigmoid: SigmoidLowering,
  SigmoidCrossEntropyWithLogits: SigmoidCrossEntropyWithLogitsLowering,
  SigmoidGrad: SigmoidGradLowering,
  Slice: SliceLowering,
  SliceLike: SliceLikeLowering,
  Softmax: SoftmaxLowering,
  SoftmaxCrossEntropyWithLogits: SoftmaxCrossEntropyWithLogitsLowering,
  Sqrt: SqrtLowering,
  Square: SquareLowering,
  Squeeze: SqueezeLowering,
  Stack: StackLowering,
  StopGradient: StopGradientLowering,
  Sub: SubLowering,
  SumToShapeOf: SumToShapeOfLowering,
  Tanh: TanhLowering,
  TanhGrad: TanhGradLowering,
  Transpose: TransposeLowering,
  UnstackAt: UnstackAtLowering,
  Variable: VariableLowering,
  ZerosLike: ZerosLikeLowering,
};

const byKind = new Map<string, Lowering>();
for (const [kind, l] of Object.entries(LOWERINGS)) {
  if (l.kind !== kind) throw new FlowboardError(`the lowering of ${l.kind} is registered under the kind ${kind}`);
  byKind.set(l.kind, l);
}

/** The lowering of an op kind, or undefined. */
export function findLowering(kind: string): Lowering | undefined {
  return byKind.get(kind);
}
