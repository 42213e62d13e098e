/**
 * Every gradient, registered from one table keyed by op kind (as tfjs's
 * register_all_gradients.ts lists them): a kind of OP_KINDS with neither a
 * gradient nor a reason in noGradient.ts is a type error.
 * Adding an op: see docs/adding-an-op.md.
 */
import { FlowboardError } from '../graph/diagnostics.ts';
import type { OpKind } from '../ops/opKinds.ts';
import type { Gradient } from './gradient.ts';
import { GRADIENT_NOT_NEEDED, NON_DIFFERENTIABLE } from './noGradient.ts';
import { AbsGradient } from './Abs_grad.ts';
import { AddGradient } from './Add_grad.ts';
import { AddNGradient } from './AddN_grad.ts';
import { AvgPoolGradient } from './AvgPool_grad.ts';
import { CastGradient } from './Cast_grad.ts';
import { ConcatGradient } from './Concat_grad.ts';
import { Conv2DGradient } from './Conv2D_grad.ts';
import { DivGradient } from './Div_grad.ts';
import { DropoutGradient } from './Dropout_grad.ts';
import { EluGradient } from './Elu_grad.ts';
import { ExpGradient } from './Exp_grad.ts';
import { ExpandDimsGradient } from './ExpandDims_grad.ts';
import { FlattenGradient } from './Flatten_grad.ts';
import { GatherGradient } from './Gather_grad.ts';
import { LRNGradient } from './LRN_grad.ts';
import { LeakyReluGradient } from './LeakyRelu_grad.ts';
import { LogGradient } from './Log_grad.ts';
import { MatMulGradient } from './MatMul_grad.ts';
import { MaxPoolGradient } from './MaxPool_grad.ts';
import { MaximumGradient } from './Maximum_grad.ts';
import { MinimumGradient } from './Minimum_grad.ts';
import { MulGradient } from './Mul_grad.ts';
import { NegGradient } from './Neg_grad.ts';
import { PadGradient } from './Pad_grad.ts';
import { PowGradient } from './Pow_grad.ts';
import { ReduceMaxGradient } from './ReduceMax_grad.ts';
import { ReduceMeanGradient } from './ReduceMean_grad.ts';
import { ReduceSumGradient } from './ReduceSum_grad.ts';
import { ReluGradient } from './Relu_grad.ts';
import { ReshapeGradient } from './Reshape_grad.ts';
import { SigmoidGradient } from './Sigmoid_grad.ts';
import { SigmoidCrossEntropyWithLogitsGradient } from './SigmoidCrossEntropyWithLogits_grad.ts';
import { SliceGradient } from './Slice_grad.ts';
import { SoftmaxGradient } from './Softmax_grad.ts';
import { SoftmaxCrossEntropyWithLogitsGradient } from './SoftmaxCrossEntropyWithLogits_grad.ts';
import { SqrtGradient } from './Sqrt_grad.ts';
import { SquareGradient } from './Square_grad.ts';
import { SqueezeGradient } from './Squeeze_grad.ts';
import { StackGradient } from './Stack_grad.ts';
import { SubGradient } from './Sub_grad.ts';
import { TanhGradient } from './Tanh_grad.ts';
import { TransposeGradient } from './Transpose_grad.ts';

const GRADIENTS: Record<Exclude<OpKind, keyof typeof NON_DIFFERENTIABLE | keyof typeof GRADIENT_NOT_NEEDED>, Gradient> = {
  Abs: AbsGradient,
  Add: AddGradient,
  AddN: AddNGradient,
  AvgPool: AvgPoolGradient,
  Cast: CastGradient,
  Concat: ConcatGradient,
  Conv2D: Conv2DGradient,
  Div: DivGradient,
  Dropout: DropoutGradient,
  Elu: EluGradient,
  Exp: ExpGradient,
  ExpandDims: ExpandDimsGradient,
  Flatten: FlattenGradient,
  Gather: GatherGradient,
  LRN: LRNGradient,
  LeakyRelu: LeakyReluGradient,
  Log: LogGradient,
  MatMul: MatMulGradient,
  MaxPool: MaxPoolGradient,
  Maximum: MaximumGradient,
  Minimum: MinimumGradient,
  Mul: MulGradient,
  Neg: NegGradient,
  Pad: PadGradient,
  Pow: PowGradient,
  ReduceMax: ReduceMaxGradient,
  ReduceMean: ReduceMeanGradient,
  ReduceSum: ReduceSumGradient,
  Relu: ReluGradient,
  Reshape: ReshapeGradient,
  Sigmoid: SigmoidGradient,
  SigmoidCrossEntropyWithLogits: SigmoidCrossEntropyWithLogitsGradient,
  Slice: SliceGradient,
  Softmax: SoftmaxGradient,
  SoftmaxCrossEntropyWithLogits: SoftmaxCrossEntropyWithLogitsGradient,
  Sqrt: SqrtGradient,
  Square: SquareGradient,
  Squeeze: SqueezeGradient,
  Stack: StackGradient,
  Sub: SubGradient,
  Tanh: TanhGradient,
  Transpose: TransposeGradient,
};

const byKind = new Map<string, Gradient>();
for (const [kind, g] of Object.entries(GRADIENTS)) {
  if (g.kind !== kind) throw new FlowboardError(`the gradient of ${g.kind} is registered under the kind ${kind}`);
  byKind.set(g.kind, g);
}

/** The gradient of an op kind, or undefined. */
export function findGradient(kind: string): Gradient | undefined {
  return byKind.get(kind);
}

/** Why an op kind has no gradient, or undefined when it should have one. */
export function nonDifferentiableReason(kind: string): string | undefined {
  return (NON_DIFFERENTIABLE as Readonly<Record<string, string>>)[kind];
}
