/**
 * Every lowering, registered from one explicit list. Placeholder has none:
 * the plan fills it from the feeds.
 */
import { FlowboardError } from '../graph/diagnostics.ts';
import type { Lowering } from './lowering.ts';
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
import { GreaterLowering } from './lower/Greater.ts';
import { LeakyReluLowering } from './lower/LeakyRelu.ts';
import { LeakyReluGradLowering } from './lower/LeakyReluGrad.ts';
import { LessLowering } from './lower/Less.ts';
import { LogLowering } from './lower/Log.ts';
import { MatMulLowering } from './lower/MatMul.ts';
import { MaxPoolLowering } from './lower/MaxPool.ts';
import { MaxPoolGradLowering } from './lower/MaxPoolGrad.ts';
import { MinimizeLowering } from './lower/Minimize.ts';
import { MulLowering } from './lower/Mul.ts';
import { NegLowering } from './lower/Neg.ts';
import { OneHotLowering } from './lower/OneHot.ts';
import { OnesLikeLowering } from './lower/OnesLike.ts';
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
import { SoftmaxLowering } from './lower/Softmax.ts';
import { SoftmaxCrossEntropyWithLogitsLowering } from './lower/SoftmaxCrossEntropyWithLogits.ts';
import { SqrtLowering } from './lower/Sqrt.ts';
import { SquareLowering } from './lower/Square.ts';
import { SqueezeLowering } from './lower/Squeeze.ts';
import { StackLowering } from './lower/Stack.ts';
import { SubLowering } from './lower/Sub.ts';
import { SumToShapeOfLowering } from './lower/SumToShapeOf.ts';
import { TanhLowering } from './lower/Tanh.ts';
import { TanhGradLowering } from './lower/TanhGrad.ts';
import { TransposeLowering } from './lower/Transpose.ts';
import { UnstackAtLowering } from './lower/UnstackAt.ts';
import { VariableLowering } from './lower/Variable.ts';
import { ZerosLikeLowering } from './lower/ZerosLike.ts';

const ALL_LOWERINGS: readonly Lowering[] = [
  AddLowering,
  AddNLowering,
  ApplyGradientLowering,
  ArgMaxLowering,
  AvgPoolLowering,
  AvgPoolGradLowering,
  BroadcastLikeLowering,
  CastLowering,
  ConcatLowering,
  ConcatSliceLowering,
  ConstantLowering,
  Conv2DLowering,
  Conv2DBackpropFilterLowering,
  Conv2DBackpropInputLowering,
  DivLowering,
  DropoutLowering,
  EluLowering,
  EluGradLowering,
  EqualLowering,
  ExpLowering,
  ExpandDimsLowering,
  FlattenLowering,
  GreaterLowering,
  LeakyReluLowering,
  LeakyReluGradLowering,
  LessLowering,
  LogLowering,
  MatMulLowering,
  MaxPoolLowering,
  MaxPoolGradLowering,
  MinimizeLowering,
  MulLowering,
  NegLowering,
  OneHotLowering,
  OnesLikeLowering,
  ReduceMaxLowering,
  ReduceMeanLowering,
  ReduceSumLowering,
  ReductionSizeLowering,
  ReluLowering,
  ReluGradLowering,
  ReshapeLowering,
  ReshapeLikeLowering,
  SigmoidLowering,
  SigmoidCrossEntropyWithLogitsLowering,
  SigmoidGradLowering,
  SoftmaxLowering,
  SoftmaxCrossEntropyWithLogitsLowering,
  SqrtLowering,
  SquareLowering,
  SqueezeLowering,
  StackLowering,
  SubLowering,
  SumToShapeOfLowering,
  TanhLowering,
  TanhGradLowering,
  TransposeLowering,
  UnstackAtLowering,
  VariableLowering,
  ZerosLikeLowering,
];

const byKind = new Map<string, Lowering>();
for (const l of ALL_LOWERINGS) {
  if (byKind.has(l.kind)) throw new FlowboardError(`lowering for ${l.kind} is registered twice`);
  byKind.set(l.kind, l);
}

/** The lowering of an op kind, or undefined. */
export function findLowering(kind: string): Lowering | undefined {
  return byKind.get(kind);
}
