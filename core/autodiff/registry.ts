/**
 * Every gradient, registered from one explicit list (as tfjs's
 * register_all_gradients.ts), and the ops that deliberately have none.
 * Adding an op: see docs/adding-an-op.md.
 */
import { FlowboardError } from '../graph/diagnostics.ts';
import type { Gradient } from './gradient.ts';
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
import { LeakyReluGradient } from './LeakyRelu_grad.ts';
import { LogGradient } from './Log_grad.ts';
import { MatMulGradient } from './MatMul_grad.ts';
import { MaxPoolGradient } from './MaxPool_grad.ts';
import { MulGradient } from './Mul_grad.ts';
import { NegGradient } from './Neg_grad.ts';
import { ReduceMaxGradient } from './ReduceMax_grad.ts';
import { ReduceMeanGradient } from './ReduceMean_grad.ts';
import { ReduceSumGradient } from './ReduceSum_grad.ts';
import { ReluGradient } from './Relu_grad.ts';
import { ReshapeGradient } from './Reshape_grad.ts';
import { SigmoidGradient } from './Sigmoid_grad.ts';
import { SigmoidCrossEntropyWithLogitsGradient } from './SigmoidCrossEntropyWithLogits_grad.ts';
import { SoftmaxGradient } from './Softmax_grad.ts';
import { SoftmaxCrossEntropyWithLogitsGradient } from './SoftmaxCrossEntropyWithLogits_grad.ts';
import { SqrtGradient } from './Sqrt_grad.ts';
import { SquareGradient } from './Square_grad.ts';
import { SqueezeGradient } from './Squeeze_grad.ts';
import { StackGradient } from './Stack_grad.ts';
import { SubGradient } from './Sub_grad.ts';
import { TanhGradient } from './Tanh_grad.ts';
import { TransposeGradient } from './Transpose_grad.ts';

const ALL_GRADIENTS: readonly Gradient[] = [
  AddGradient,
  AddNGradient,
  AvgPoolGradient,
  CastGradient,
  ConcatGradient,
  Conv2DGradient,
  DivGradient,
  DropoutGradient,
  EluGradient,
  ExpGradient,
  ExpandDimsGradient,
  FlattenGradient,
  LeakyReluGradient,
  LogGradient,
  MatMulGradient,
  MaxPoolGradient,
  MulGradient,
  NegGradient,
  ReduceMaxGradient,
  ReduceMeanGradient,
  ReduceSumGradient,
  ReluGradient,
  ReshapeGradient,
  SigmoidGradient,
  SigmoidCrossEntropyWithLogitsGradient,
  SoftmaxGradient,
  SoftmaxCrossEntropyWithLogitsGradient,
  SqrtGradient,
  SquareGradient,
  SqueezeGradient,
  StackGradient,
  SubGradient,
  TanhGradient,
  TransposeGradient,
];

/**
 * Ops with no gradient, and why, for the note shown where gradient flow
 * stops. Sources (Constant, Placeholder, Variable) have no inputs to pass a
 * gradient to, so they never need one.
 */
const NON_DIFFERENTIABLE: Readonly<Record<string, string>> = {
  ArgMax: 'ArgMax gives the position of the largest value, which jumps from one index to another instead of changing smoothly, so it has no gradient',
  Equal: 'a comparison gives true or false, which has no gradient',
  Greater: 'a comparison gives true or false, which has no gradient',
  Less: 'a comparison gives true or false, which has no gradient',
  OneHot: 'OneHot turns whole class numbers into rows of 0s and 1s, which has no gradient',
  OnesLike: 'its output is all ones whatever its input holds, so no gradient flows back through it',
  ZerosLike: 'its output is all zeros whatever its input holds, so no gradient flows back through it',
};

const byKind = new Map<string, Gradient>();
for (const g of ALL_GRADIENTS) {
  if (byKind.has(g.kind)) throw new FlowboardError(`the gradient of ${g.kind} is registered twice`);
  byKind.set(g.kind, g);
}

/** The gradient of an op kind, or undefined. */
export function findGradient(kind: string): Gradient | undefined {
  return byKind.get(kind);
}

/** Why an op kind has no gradient, or undefined when it should have one. */
export function nonDifferentiableReason(kind: string): string | undefined {
  return NON_DIFFERENTIABLE[kind];
}
