/**
 * The one table of op kind names. Every per-op table (op, lowering and
 * gradient registries, the code generators, the importer's exemptions) is
 * typed by `OpKind`, so a misspelt kind is a type error; opTables.test.ts
 * checks that each kind is covered everywhere. Adding an op: see
 * docs/adding-an-op.md.
 */
export const OP_KINDS = [
  'Abs',
  'Add',
  'AddN',
  'ApplyGradient',
  'ArgMax',
  'AvgPool',
  'AvgPoolGrad',
  'BroadcastLike',
  'Cast',
  'Concat',
  'ConcatSlice',
  'Constant',
  'Conv2D',
  'Conv2DBackpropFilter',
  'Conv2DBackpropInput',
  'Div',
  'Dropout',
  'Elu',
  'EluGrad',
  'Equal',
  'Exp',
  'ExpandDims',
  'Flatten',
  'Gather',
  'GatherGrad',
  'Greater',
  'LRN',
  'LRNGrad',
  'LeakyRelu',
  'LeakyReluGrad',
  'Less',
  'Log',
  'MatMul',
  'MaxPool',
  'MaxPoolGrad',
  'Maximum',
  'Minimize',
  'Minimum',
  'Mul',
  'Neg',
  'OneHot',
  'OnesLike',
  'Pad',
  'PadLike',
  'Placeholder',
  'Pow',
  'ReduceMax',
  'ReduceMean',
  'ReduceSum',
  'ReductionSize',
  'Relu',
  'ReluGrad',
  'Reshape',
  'ReshapeLike',
  'Sigmoid',
  'SigmoidCrossEntropyWithLogits',
  'SigmoidGrad',
  'Slice',
  'SliceLike',
  'Softmax',
  'SoftmaxCrossEntropyWithLogits',
  'Sqrt',
  'Square',
  'Squeeze',
  'Stack',
  'StopGradient',
  'Sub',
  'SumToShapeOf',
  'Tanh',
  'TanhGrad',
  'Transpose',
  'UnstackAt',
  'Variable',
  'ZerosLike',
] as const;

/** An op kind's PascalCase name, as saved in documents (`node.op`). */
export type OpKind = (typeof OP_KINDS)[number];

/**
 * The kinds only training adds (the backward pass's kernels and helpers, and the
 * updates): nothing a user draws or TF1 code writes, so the code generators and
 * the importer have one shared reason for each.
 */
export const TRAINING_ONLY_KINDS = [
  'ApplyGradient',
  'AvgPoolGrad',
  'BroadcastLike',
  'ConcatSlice',
  'Conv2DBackpropFilter',
  'Conv2DBackpropInput',
  'EluGrad',
  'GatherGrad',
  'LRNGrad',
  'LeakyReluGrad',
  'MaxPoolGrad',
  'PadLike',
  'ReductionSize',
  'ReluGrad',
  'ReshapeLike',
  'SigmoidGrad',
  'SliceLike',
  'SumToShapeOf',
  'TanhGrad',
  'UnstackAt',
] as const satisfies readonly OpKind[];

/** The same `reason` for every kind only training adds, to spread into an exemption table. */
export function trainingOnly<R extends string>(reason: R): Record<(typeof TRAINING_ONLY_KINDS)[number], R> {
  return Object.fromEntries(TRAINING_ONLY_KINDS.map((k) => [k, reason])) as Record<(typeof TRAINING_ONLY_KINDS)[number], R>;
}
