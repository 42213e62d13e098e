/**
 * The ops autodiff adds (gradient kernels and shape helpers) against TF1's
 * own: tf.raw_ops where TF1 has the kernel (ReluGrad, MaxPoolGrad,
 * Conv2DBackpropFilter ...), and for the helpers what TF1's gradient
 * functions compute in their place (BroadcastGradientArgs + Sum for
 * SumToShapeOf, tf.gradients of concat for ConcatSlice ...). Also Constant,
 * Placeholder and Dropout given its mask.
 */
import * as tf from '@tensorflow/tfjs-core';
import { CONVS, POOLS, tf4 } from './nnCases.ts';
import { batch, f, type OpCase, py } from '../opCase.ts';

/** `dy` for a gradient kernel: a random input shaped like the forward op's output. */
const dy = (shape: number[]) => f(shape);

const activationGrads: OpCase[] = [
  { op: 'ReluGrad', title: 'dy, x [?,5]', inputs: [batch([3, 5]), batch([3, 5], { awayFromZero: 0.05 })], tf: 'tf.raw_ops.ReluGrad(gradients=x0, features=x1)' },
  { op: 'SigmoidGrad', title: 'y, dy [2,3]', inputs: [f([2, 3], { range: [0.05, 0.95] }), f([2, 3])], tf: 'tf.raw_ops.SigmoidGrad(y=x0, dy=x1)' },
  { op: 'TanhGrad', title: 'y, dy [?,4]', inputs: [batch([2, 4], { range: [-0.95, 0.95] }), batch([2, 4])], tf: 'tf.raw_ops.TanhGrad(y=x0, dy=x1)' },
  { op: 'EluGrad', title: 'dy, y [2,4] (y of both signs)', inputs: [f([2, 4]), f([2, 4], { range: [-0.95, 2], awayFromZero: 0.05 })], tf: 'tf.raw_ops.EluGrad(gradients=x0, outputs=x1)' },
  { op: 'LeakyReluGrad', title: 'dy, x [3,3], alpha 0.1', attrs: { alpha: 0.1 }, inputs: [f([3, 3]), f([3, 3], { awayFromZero: 0.05 })], tf: 'tf.raw_ops.LeakyReluGrad(gradients=x0, features=x1, alpha=0.1)' },
];

/** The output shape of a window op, as TF1 computes it. */
function windowOut(input: number[], k: number[], s: number[], padding: 'SAME' | 'VALID', channels: number): number[] {
  const [kh, kw] = k.length === 2 ? k : [k[1], k[2]];
  const [sh, sw] = s.length === 2 ? s : [s[1], s[2]];
  const size = (n: number, kk: number, ss: number) => (padding === 'SAME' ? Math.ceil(n / ss) : Math.ceil((n - kk + 1) / ss));
  return [input[0], size(input[1], kh, sh), size(input[2], kw, sw), channels];
}

const convGrads: OpCase[] = CONVS.flatMap((c) => {
  const attrs = { strides: c.strides, padding: c.padding };
  const out = windowOut(c.input, [c.filter[0], c.filter[1]], c.strides, c.padding, c.filter[3]);
  const tfArgs = `strides=${py(tf4(c.strides))}, padding='${c.padding}'`;
  const inputs = [f(c.input, { wrt: false }), f(c.filter, { range: [-0.5, 0.5], wrt: false }), dy(out)];
  return [
    { op: 'Conv2DBackpropInput', title: c.title, attrs, inputs, tf: `tf.raw_ops.Conv2DBackpropInput(input_sizes=tf.shape(x0), filter=x1, out_backprop=x2, ${tfArgs})` },
    { op: 'Conv2DBackpropFilter', title: c.title, attrs, inputs, tf: `tf.raw_ops.Conv2DBackpropFilter(input=x0, filter_sizes=tf.shape(x1), out_backprop=x2, ${tfArgs})` },
  ];
});

const poolGrads: OpCase[] = POOLS.flatMap((p) => {
  const attrs = { ksize: p.ksize, strides: p.strides, padding: p.padding };
  const out = windowOut(p.input, p.ksize, p.strides, p.padding, p.input[3]);
  const tfArgs = `ksize=${py(tf4(p.ksize))}, strides=${py(tf4(p.strides))}, padding='${p.padding}'`;
  const [kh, kw] = p.ksize.length === 2 ? p.ksize : [p.ksize[1], p.ksize[2]];
  const [sh, sw] = p.strides.length === 2 ? p.strides : [p.strides[1], p.strides[2]];
  const pooled = (xs: tf.Tensor[]) => tf.maxPool(xs[0] as tf.Tensor4D, [kh, kw], [sh, sw], p.padding === 'SAME' ? 'same' : 'valid');
  return [
    { op: 'MaxPoolGrad', title: p.title, attrs, inputs: [f(p.input, { wrt: false }), { shape: out, derive: pooled, wrt: false }, dy(out)], tf: `tf.raw_ops.MaxPoolGrad(orig_input=x0, orig_output=x1, grad=x2, ${tfArgs})` },
    { op: 'AvgPoolGrad', title: p.title, attrs, inputs: [f(p.input, { wrt: false }), dy(out)], tf: `tf.raw_ops.AvgPoolGrad(orig_input_shape=tf.shape(x0), grad=x1, ${tfArgs})` },
  ];
});

const SUM_TO_SHAPE = '`tf.raw_ops.BroadcastGradientArgs`, `tf.reduce_sum`, `tf.reshape`: what TF1\'s gradient of a broadcast Add computes';
const DROPOUT = "TF1's `x / keep_prob * kept` given Flowboard's mask (the mask itself against `tf.nn.dropout`'s in random.tf.test.ts); `tf.nn.dropout` itself at keep_prob 1";

const helpers: OpCase[] = [
  { op: 'SumToShapeOf', reference: SUM_TO_SHAPE, title: '[?,3] summed to a bias [3]', inputs: [batch([4, 3]), f([3], { wrt: false })], tf: 'tf.reshape(tf.reduce_sum(x0, tf.raw_ops.BroadcastGradientArgs(s0=tf.shape(x0), s1=tf.shape(x1))[1]), tf.shape(x1))' },
  { op: 'SumToShapeOf', reference: SUM_TO_SHAPE, title: '[3,4] summed to [3,1]', inputs: [f([3, 4]), f([3, 1], { wrt: false })], tf: 'tf.reshape(tf.reduce_sum(x0, tf.raw_ops.BroadcastGradientArgs(s0=tf.shape(x0), s1=tf.shape(x1))[1]), tf.shape(x1))' },
  { op: 'SumToShapeOf', reference: SUM_TO_SHAPE, title: '[2,3] summed to a scalar', inputs: [f([2, 3]), f([], { wrt: false })], tf: 'tf.reshape(tf.reduce_sum(x0, tf.raw_ops.BroadcastGradientArgs(s0=tf.shape(x0), s1=tf.shape(x1))[1]), tf.shape(x1))' },
  { op: 'SumToShapeOf', reference: SUM_TO_SHAPE, title: 'same shape [2,2]', inputs: [f([2, 2]), f([2, 2], { wrt: false })], tf: 'tf.reshape(tf.reduce_sum(x0, tf.raw_ops.BroadcastGradientArgs(s0=tf.shape(x0), s1=tf.shape(x1))[1]), tf.shape(x1))' },
  { op: 'BroadcastLike', reference: '`tf.broadcast_to` (TF1: Reshape and Tile)', title: 'a sum over axis 1 back to [?,4]', attrs: { axis: [1] }, inputs: [batch([3]), batch([3, 4], { wrt: false })], tf: 'tf.broadcast_to(tf.expand_dims(x0, 1), tf.shape(x1))' },
  { op: 'BroadcastLike', reference: '`tf.broadcast_to` (TF1: Reshape and Tile)', title: 'a scalar back to [2,3] (axis null)', attrs: { axis: null }, inputs: [f([]), f([2, 3], { wrt: false })], tf: 'tf.broadcast_to(tf.reshape(x0, [1, 1]), tf.shape(x1))' },
  { op: 'BroadcastLike', reference: '`tf.broadcast_to` (TF1: Reshape and Tile)', title: 'kept dims [1,3,1] to [2,3,4] (axis [])', attrs: { axis: [] }, inputs: [f([1, 3, 1]), f([2, 3, 4], { wrt: false })], tf: 'tf.broadcast_to(x0, tf.shape(x1))' },
  {
    op: 'ReshapeLike',
    reference: '`tf.reshape(x, tf.shape(like))`',
    title: '[6] to the shape of [?,3]',
    inputs: [f([6]), batch([2, 3], { wrt: false })],
    tf: 'tf.reshape(x0, tf.shape(x1))',
    staticShapes: 'compatible',
    why: "TensorFlow's shape inference works out the ? as 6 / 3 = 2; Flowboard keeps like's [?,3]",
  },
  { op: 'ReductionSize', reference: "`tf.size(x) // tf.size(mean)`, as TF1's mean gradient divides", title: 'axis 0 of [?,4] (the batch size)', attrs: { axis: [0] }, inputs: [batch([5, 4], { wrt: false })], tf: 'tf.cast(tf.size(x0) // tf.size(tf.reduce_mean(x0, axis=[0])), tf.float32)' },
  { op: 'ReductionSize', reference: "`tf.size(x) // tf.size(mean)`, as TF1's mean gradient divides", title: 'all of [2,3,4]', attrs: { axis: null }, inputs: [f([2, 3, 4], { wrt: false })], tf: 'tf.cast(tf.size(x0), tf.float32)' },
  { op: 'ConcatSlice', reference: '`tf.gradients` of `tf.concat`', title: 'piece 1 of a concat along axis 1', attrs: { axis: 1, index: 1 }, inputs: [f([2, 6]), f([2, 2], { wrt: false }), f([2, 4], { wrt: false })], tf: 'tf.gradients(tf.concat([x1, x2], axis=1), x2, grad_ys=x0)[0]' },
  { op: 'ConcatSlice', reference: '`tf.gradients` of `tf.concat`', title: 'piece 0 of a concat along axis 0, batch ?', attrs: { axis: 0, index: 0 }, inputs: [f([5, 3]), batch([3, 3], { wrt: false }), f([2, 3], { wrt: false })], tf: 'tf.gradients(tf.concat([x1, x2], axis=0), x1, grad_ys=x0)[0]' },
  { op: 'UnstackAt', title: 'slice 2 along axis 0', attrs: { axis: 0, index: 2 }, inputs: [f([3, 4])], tf: 'tf.unstack(x0, axis=0)[2]' },
  { op: 'UnstackAt', title: 'slice 1 along axis -1 of [?,3,2]', attrs: { axis: -1, index: 1 }, inputs: [batch([2, 3, 2])], tf: 'tf.unstack(x0, axis=-1)[1]' },
];

const inputs: OpCase[] = [
  { op: 'Constant', reference: '`tf.constant`', title: 'a float matrix', attrs: { value: [[1.5, -2], [3, 0.25]], dtype: 'float32' }, inputs: [], tf: 'tf.constant([[1.5, -2], [3, 0.25]], tf.float32)' },
  { op: 'Constant', reference: '`tf.constant`', title: 'an int32 scalar', attrs: { value: 7, dtype: 'int32' }, inputs: [], tf: 'tf.constant(7, tf.int32)' },
  { op: 'Placeholder', reference: '`tf.placeholder`, fed', title: 'fed [?,3]: the value fed, and dy as its gradient', inputs: [batch([2, 3])], tf: 'x0' },
];

/** Dropout's mask is Flowboard's own draw, so TF1's formula x / keep * kept is given it (fb1 is Flowboard's mask output). */
const dropout: OpCase[] = [
  {
    op: 'Dropout',
    reference: DROPOUT,
    title: 'keep 0.7 on [?,50], given the mask',
    inputs: [batch([4, 50]), f([], { values: [0.7] })],
    tf: '(lambda kept: (tf.div(x0, x1) * kept, kept / x1))(tf.constant(np.round(fb1 * 0.7), tf.float32))',
    staticShapes: 'compatible',
    why: 'the mask enters TensorFlow as a constant, whose batch size is known',
  },
  { op: 'Dropout', reference: DROPOUT, title: 'keep 1.0 keeps everything (tf.nn.dropout itself)', inputs: [f([3, 4]), f([], { values: [1] })], tf: '(tf.nn.dropout(x0, keep_prob=x1), tf.ones_like(x0) / x1)' },
];

export const INTERNAL_CASES: OpCase[] = [...activationGrads, ...convGrads, ...poolGrads, ...helpers, ...inputs, ...dropout];
