/**
 * The one table of op kind names. Every per-op table (op, lowering and
 * gradient registries, the code generators, the importer's exemptions) is
 * typed by `OpKind`, so a misspelt kind is a type error; opTables.test.ts
 * checks that each kind is covered everywhere. Adding an op: see
 * docs/adding-an-op.md.
 */
export const OP_KINDS = [
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
  'Greater',
  'LeakyRelu',
  'LeakyReluGrad',
  'Less',
  'Log',
  'MatMul',
  'MaxPool',
  'MaxPoolGrad',
  'Minimize',
  'Mul',
  'Neg',
  'OneHot',
  'OnesLike',
  'Placeholder',
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
  'Softmax',
  'SoftmaxCrossEntropyWithLogits',
  'Sqrt',
  'Square',
  'Squeeze',
  'Stack',
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

const KNOWN: ReadonlySet<string> = new Set(OP_KINDS);

/** Whether a saved or typed name is one of Flowboard's op kinds. */
export function isOpKind(name: string): name is OpKind {
  return KNOWN.has(name);
}
