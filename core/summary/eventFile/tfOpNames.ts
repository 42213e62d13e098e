/**
 * The TensorFlow op each Flowboard op kind is written as in a GraphDef, so
 * TensorBoard's Graphs dashboard names what TF1 (run by TensorFlow 2.x's
 * compat.v1) would have built: tf.add is AddV2, tf.divide RealDiv, a
 * Variable VariableV2, a Minimize a NoOp. Where TF1 builds several ops
 * for one Flowboard node (its gradient helpers), the node is written as the
 * op that finishes TF1's chain (SumToShapeOf as Sum, BroadcastLike as Tile).
 * Two Flowboard ops have no TF op of their own and keep their name.
 * Keyed by OpKind, so a kind added to the registry without a TF name here (or
 * in NO_TF_OP) is a type error, and core/ops/opTables.test.ts checks it too.
 */
import type { OpKind } from '../../ops/opKinds.ts';

/** TF1 builds these from several ops (Dropout from RandomUniform, Floor, RealDiv and Mul); the graph names them as Flowboard does. */
const NO_TF_OP_KINDS = ['Dropout', 'SigmoidCrossEntropyWithLogits'] as const satisfies readonly OpKind[];
export const NO_TF_OP: readonly string[] = NO_TF_OP_KINDS;

/** The kinds written as one TF op by name: all but NO_TF_OP and ApplyGradient (per optimizer, TF_APPLY_OPS). */
type NamedKind = Exclude<OpKind, (typeof NO_TF_OP_KINDS)[number] | 'ApplyGradient'>;

/** Flowboard op kind -> TF op name, for every kind but ApplyGradient (per optimizer, below) and NO_TF_OP. */
export const TF_OP_NAMES: Readonly<Record<NamedKind, string>> = {
  Add: 'AddV2',
  Sub: 'Sub',
  Mul: 'Mul',
  Div: 'RealDiv',
  Neg: 'Neg',
  Abs: 'Abs',
  Square: 'Square',
  Sqrt: 'Sqrt',
  Exp: 'Exp',
  Log: 'Log',
  Sigmoid: 'Sigmoid',
  Tanh: 'Tanh',
  Relu: 'Relu',
  Elu: 'Elu',
  LeakyRelu: 'LeakyRelu',
  Softmax: 'Softmax',
  MatMul: 'MatMul',
  AddN: 'AddN',
  ReduceMean: 'Mean',
  ReduceSum: 'Sum',
  ReduceMax: 'Max',
  ArgMax: 'ArgMax',
  Equal: 'Equal',
  Greater: 'Greater',
  Less: 'Less',
  Maximum: 'Maximum',
  Minimum: 'Minimum',
  Pow: 'Pow',
  Cast: 'Cast',
  Reshape: 'Reshape',
  Flatten: 'Reshape',
  Squeeze: 'Squeeze',
  ExpandDims: 'ExpandDims',
  Transpose: 'Transpose',
  Concat: 'ConcatV2',
  Stack: 'Pack',
  OneHot: 'OneHot',
  OnesLike: 'OnesLike',
  StopGradient: 'StopGradient',
  Pad: 'Pad',
  Gather: 'GatherV2',
  Slice: 'Slice',
  LRN: 'LRN',
  ZerosLike: 'ZerosLike',
  Conv2D: 'Conv2D',
  MaxPool: 'MaxPool',
  AvgPool: 'AvgPool',
  SoftmaxCrossEntropyWithLogits: 'SoftmaxCrossEntropyWithLogits',
  Placeholder: 'Placeholder',
  Constant: 'Const',
  Variable: 'VariableV2',
  Minimize: 'NoOp',
  // Gradient kernels: TF1's own ops.
  ReluGrad: 'ReluGrad',
  SigmoidGrad: 'SigmoidGrad',
  TanhGrad: 'TanhGrad',
  EluGrad: 'EluGrad',
  LeakyReluGrad: 'LeakyReluGrad',
  MaxPoolGrad: 'MaxPoolGrad',
  AvgPoolGrad: 'AvgPoolGrad',
  Conv2DBackpropInput: 'Conv2DBackpropInput',
  Conv2DBackpropFilter: 'Conv2DBackpropFilter',
  LRNGrad: 'LRNGrad',
  // Gradient helpers: the op that ends TF1's chain for the same step.
  SumToShapeOf: 'Sum',
  BroadcastLike: 'Tile',
  ReshapeLike: 'Reshape',
  ReductionSize: 'Prod',
  ConcatSlice: 'Slice',
  UnstackAt: 'Unpack',
  SliceLike: 'Slice',
  GatherGrad: 'UnsortedSegmentSum',
  PadLike: 'Pad',
};

/** TF1's update op for each optimizer (ApplyGradient nodes). */
export const TF_APPLY_OPS: Readonly<Record<string, string>> = {
  GradientDescent: 'ApplyGradientDescent',
  Momentum: 'ApplyMomentum',
  Adagrad: 'ApplyAdagrad',
  Adadelta: 'ApplyAdadelta',
  RMSProp: 'ApplyRMSProp',
  Adam: 'ApplyAdam',
};

/** The TF op name for a node of `kind` with `attrs`. */
export function tfOpName(kind: string, attrs: Record<string, unknown>): string {
  if (kind === 'ApplyGradient') return attrs.optimizer === 'RMSProp' && attrs.centered ? 'ApplyCenteredRMSProp' : (TF_APPLY_OPS[attrs.optimizer as string] ?? 'ApplyGradientDescent');
  return (TF_OP_NAMES as Readonly<Record<string, string>>)[kind] ?? kind;
}
