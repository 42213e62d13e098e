/**
 * TF1 functions that are one Flowboard op each: math, activations,
 * reductions, shape ops, comparisons and losses. Each handler reads TF1's
 * signature (positional or keyword) and adds the node.
 */
import type { Attrs } from '../../graph/document.ts';
import type { DType } from '../../graph/shape.ts';
import type { OpKind } from '../../ops/opKinds.ts';
import type { CallArgs } from './callArgs.ts';
import type { ImportContext } from './context.ts';
import { boolOf, dtypeOf, intOf, intsOf, numberOf, shapeOf, stringOf, tensorsOf, toTensor } from './convert.ts';
import { ImportFailure } from './importDiagnostic.ts';
import { takeOpSeed } from './opSeed.ts';
import type { TensorValue, Value } from './values.ts';

export type Handler = (args: CallArgs, ctx: ImportContext) => Value;

function tensorArg(ctx: ImportContext, args: CallArgs, index: number, names: string[], like?: DType): TensorValue {
  return toTensor(ctx, args.need(index, ...names), `${args.fn}'s ${names[0]}`, like);
}

/** `tf.fn(x)`: one input named x in Flowboard, `argName` in TF. */
function unary(op: OpKind, argName = 'x', attrs: (args: CallArgs) => Attrs = () => ({})): Handler {
  return (args, ctx) => {
    const x = tensorArg(ctx, args, 0, [argName]);
    return ctx.draft.add(op, attrs(args), { x }, args.name(op));
  };
}

/** `tf.fn(x, y)` with TF1's conversion of a number on either side to the other's dtype. */
function binary(op: OpKind, names: [string, string] = ['x', 'y'], inputs: [string, string] = ['x', 'y']): Handler {
  return (args, ctx) => {
    const a = args.need(0, names[0]);
    const b = args.need(1, names[1]);
    const like = a.kind === 'tensor' ? a.type.dtype : b.kind === 'tensor' ? b.type.dtype : undefined;
    const x = toTensor(ctx, a, `${args.fn}'s ${names[0]}`, like);
    const y = toTensor(ctx, b, `${args.fn}'s ${names[1]}`, like ?? x.type.dtype);
    return ctx.draft.add(op, {}, { [inputs[0]]: x, [inputs[1]]: y }, args.name(op));
  };
}

/** tf.reduce_mean(input_tensor, axis=None, keepdims=None, name=None, reduction_indices=None, keep_dims=None). */
function reduction(op: OpKind): Handler {
  return (args, ctx) => {
    const x = tensorArg(ctx, args, 0, ['input_tensor']);
    const axis = args.get(1, 'axis', 'reduction_indices');
    const keep = args.get(2, 'keepdims', 'keep_dims');
    const attrs: Attrs = {};
    const axes = axis === undefined ? null : intsOf(axis, `${args.fn}'s axis`);
    if (axes !== null) attrs.axis = axes;
    if (keep !== undefined && keep.kind !== 'none' && boolOf(keep, 'keepdims')) attrs.keepDims = true;
    return ctx.draft.add(op, attrs, { x }, args.name(op));
  };
}

/** strides (at `at`), padding after it, and ksize (at `ksizeAt`) for pooling; data_format must be NHWC. */
function windowAttrs(args: CallArgs, at: number, ksizeAt: number | undefined): Attrs {
  const attrs: Attrs = {};
  if (ksizeAt !== undefined) attrs.ksize = intsOf(args.need(ksizeAt, 'ksize'), 'ksize');
  attrs.strides = intsOf(args.need(at, 'strides'), 'strides');
  attrs.padding = stringOf(args.need(at + 1, 'padding'), 'padding').toUpperCase();
  const format = args.get(-1, 'data_format');
  if (format !== undefined && stringOf(format, 'data_format') !== 'NHWC') throw new ImportFailure(`${args.fn}: only data_format='NHWC' (batch, height, width, channels) is supported`, args.line);
  return attrs;
}

/** tf.nn.max_pool(value, ksize, strides, padding). */
function pool(op: OpKind): Handler {
  return (args, ctx) => {
    const input = tensorArg(ctx, args, 0, ['value', 'input']);
    return ctx.draft.add(op, windowAttrs(args, 2, 1), { input }, args.name(op));
  };
}

function softmaxCrossEntropy(args: CallArgs, ctx: ImportContext): Value {
  const labels = tensorArg(ctx, args, -1, ['labels']);
  const logits = tensorArg(ctx, args, -1, ['logits']);
  const axis = args.get(-1, 'dim', 'axis');
  if (axis !== undefined && axis.kind !== 'none' && intOf(axis, 'dim') !== -1) throw new ImportFailure('SoftmaxCrossEntropyWithLogits works along the last axis only');
  return ctx.draft.add('SoftmaxCrossEntropyWithLogits', {}, { labels, logits }, args.name('SoftmaxCrossEntropyWithLogits'));
}

export const OP_FUNCTIONS: Record<string, Handler> = {
  'tf.add': binary('Add'),
  'tf.subtract': binary('Sub'),
  'tf.multiply': binary('Mul'),
  'tf.div': binary('Div'),
  'tf.divide': binary('Div'),
  'tf.truediv': binary('Div'),
  'tf.floordiv': binary('FloorDiv'),
  'tf.math.floordiv': binary('FloorDiv'),
  'tf.equal': binary('Equal'),
  'tf.greater': binary('Greater'),
  'tf.less': binary('Less'),
  'tf.maximum': binary('Maximum'),
  'tf.minimum': binary('Minimum'),
  'tf.pow': binary('Pow'),
  'tf.matmul': (args, ctx) => {
    const a = tensorArg(ctx, args, 0, ['a']);
    const b = tensorArg(ctx, args, 1, ['b'], a.type.dtype);
    const attrs: Attrs = {};
    // For real matrices the adjoint is the transpose.
    const ta = args.get(2, 'transpose_a') ?? args.get(-1, 'adjoint_a');
    const tb = args.get(3, 'transpose_b') ?? args.get(-1, 'adjoint_b');
    if (ta && boolOf(ta, 'transpose_a')) attrs.transposeA = true;
    if (tb && boolOf(tb, 'transpose_b')) attrs.transposeB = true;
    return ctx.draft.add('MatMul', attrs, { a, b }, args.name('MatMul'));
  },
  'tf.add_n': (args, ctx) => ctx.draft.add('AddN', {}, { inputs: tensorsOf(ctx, args.need(0, 'inputs'), 'tf.add_n inputs') }, args.name('AddN')),
  'tf.negative': unary('Neg'),
  'tf.abs': unary('Abs'),
  'tf.square': unary('Square'),
  'tf.sqrt': unary('Sqrt'),
  'tf.exp': unary('Exp'),
  'tf.log': unary('Log'),
  'tf.sigmoid': unary('Sigmoid'),
  'tf.tanh': unary('Tanh'),
  'tf.nn.relu': unary('Relu', 'features'),
  'tf.nn.elu': unary('Elu', 'features'),
  'tf.nn.leaky_relu': unary('LeakyRelu', 'features', (args) => {
    const alpha = args.get(1, 'alpha');
    return { alpha: alpha === undefined ? 0.2 : numberOf(alpha, 'alpha') };
  }),
  'tf.nn.softmax': unary('Softmax', 'logits', (args): Attrs => {
    const axis = args.get(1, 'axis', 'dim');
    return axis === undefined || axis.kind === 'none' ? {} : { axis: intOf(axis, 'axis') };
  }),
  'tf.ones_like': unary('OnesLike', 'tensor'),
  'tf.stop_gradient': unary('StopGradient', 'input'),
  'tf.shape': unary('Shape', 'input'),
  'tf.rank': unary('Rank', 'input'),
  'tf.zeros_like': unary('ZerosLike', 'tensor'),
  'tf.reduce_mean': reduction('ReduceMean'),
  'tf.reduce_sum': reduction('ReduceSum'),
  'tf.reduce_max': reduction('ReduceMax'),
  'tf.reshape': (args, ctx) => {
    const x = tensorArg(ctx, args, 0, ['tensor']);
    return ctx.draft.add('Reshape', { shape: shapeOf(args.need(1, 'shape'), 'the shape of tf.reshape') }, { x }, args.name('Reshape'));
  },
  'tf.squeeze': (args, ctx) => {
    const x = tensorArg(ctx, args, 0, ['input']);
    const axis = args.get(1, 'axis', 'squeeze_dims');
    return ctx.draft.add('Squeeze', axis === undefined ? {} : { axis: intsOf(axis, 'axis') }, { x }, args.name('Squeeze'));
  },
  'tf.expand_dims': (args, ctx) => {
    const x = tensorArg(ctx, args, 0, ['input']);
    return ctx.draft.add('ExpandDims', { axis: intOf(args.need(1, 'axis', 'dim'), 'axis') }, { x }, args.name('ExpandDims'));
  },
  'tf.transpose': (args, ctx) => {
    const x = tensorArg(ctx, args, 0, ['a']);
    const perm = args.get(1, 'perm');
    return ctx.draft.add('Transpose', perm === undefined ? {} : { perm: intsOf(perm, 'perm') }, { x }, args.name('Transpose'));
  },
  'tf.concat': (args, ctx) => {
    const values = tensorsOf(ctx, args.need(0, 'values'), 'tf.concat values');
    return ctx.draft.add('Concat', { axis: intOf(args.need(1, 'axis'), 'axis') }, { values }, args.name('Concat'));
  },
  'tf.stack': (args, ctx) => {
    const values = tensorsOf(ctx, args.need(0, 'values'), 'tf.stack values');
    const axis = args.get(1, 'axis');
    return ctx.draft.add('Stack', axis === undefined ? {} : { axis: intOf(axis, 'axis') }, { values }, args.name('Stack'));
  },
  'tf.one_hot': (args, ctx) => {
    const indices = tensorArg(ctx, args, 0, ['indices']);
    const attrs: Attrs = { depth: intOf(args.need(1, 'depth'), 'depth') };
    const on = args.get(2, 'on_value');
    const off = args.get(3, 'off_value');
    if (on !== undefined) attrs.onValue = numberOf(on, 'on_value');
    if (off !== undefined) attrs.offValue = numberOf(off, 'off_value');
    return ctx.draft.add('OneHot', attrs, { indices }, args.name('OneHot'));
  },
  'tf.cast': (args, ctx) => {
    const x = tensorArg(ctx, args, 0, ['x']);
    return ctx.draft.add('Cast', { dtype: dtypeOf(args.need(1, 'dtype'), 'the dtype of tf.cast') }, { x }, args.name('Cast'));
  },
  'tf.to_float': (args, ctx) => ctx.draft.add('Cast', { dtype: 'float32' }, { x: tensorArg(ctx, args, 0, ['x']) }, args.name('Cast')),
  'tf.argmax': (args, ctx) => {
    const x = tensorArg(ctx, args, 0, ['input']);
    const axis = args.get(1, 'axis', 'dimension');
    // TF1's default axis is 0.
    return ctx.draft.add('ArgMax', { axis: axis === undefined || axis.kind === 'none' ? 0 : intOf(axis, 'axis') }, { x }, args.name('ArgMax'));
  },
  'tf.nn.softmax_cross_entropy_with_logits': softmaxCrossEntropy,
  'tf.nn.softmax_cross_entropy_with_logits_v2': softmaxCrossEntropy,
  'tf.nn.sigmoid_cross_entropy_with_logits': (args, ctx) => {
    const labels = tensorArg(ctx, args, -1, ['labels']);
    const logits = tensorArg(ctx, args, -1, ['logits']);
    return ctx.draft.add('SigmoidCrossEntropyWithLogits', {}, { labels, logits }, args.name('SigmoidCrossEntropyWithLogits'));
  },
  'tf.nn.dropout': (args, ctx) => {
    const x = tensorArg(ctx, args, 0, ['x']);
    const keep = args.get(1, 'keep_prob');
    const rate = args.get(-1, 'rate');
    let keepProb: TensorValue;
    if (keep !== undefined) keepProb = toTensor(ctx, keep, 'keep_prob', 'float32');
    else if (rate !== undefined && rate.kind === 'number') keepProb = toTensor(ctx, { kind: 'number', value: 1 - rate.value, isInt: false }, 'rate', 'float32');
    else if (rate !== undefined) keepProb = ctx.draft.add('Sub', {}, { x: toTensor(ctx, { kind: 'number', value: 1, isInt: false }, 'rate', 'float32'), y: toTensor(ctx, rate, 'rate', 'float32') }, { base: 'Sub' });
    else throw new ImportFailure('tf.nn.dropout needs keep_prob (or rate)', args.line);
    // Dropout's random_uniform is a random op: it takes an op seed as TF gives it.
    const seed = takeOpSeed(ctx, args.get(3, 'seed'), 'tf.nn.dropout');
    return ctx.draft.add('Dropout', seed === undefined ? {} : { seed }, { x, keepProb }, args.name('Dropout'));
  },
  'tf.nn.conv2d': (args, ctx) => {
    const input = tensorArg(ctx, args, 0, ['input']);
    const filter = tensorArg(ctx, args, 1, ['filter', 'filters']);
    return ctx.draft.add('Conv2D', windowAttrs(args, 2, undefined), { input, filter }, args.name('Conv2D'));
  },
  'tf.nn.max_pool': pool('MaxPool'),
  'tf.nn.avg_pool': pool('AvgPool'),
};
