/** Pad, Gather, Slice and LRN against TF1, with their gradient helpers: borders, lookups, blocks, batch `?`. */
import * as tf from '@tensorflow/tfjs-core';
import { batch, f, type OpCase } from '../opCase.ts';

const GO_BOARD = [[0, 0], [2, 2], [2, 2], [0, 0]];

const PAD_CASES: OpCase[] = [
  { op: 'Pad', title: 'a board [?,5,5,2] by 2 (AlphaGo\'s 19x19 to 23x23)', attrs: { paddings: GO_BOARD }, inputs: [batch([2, 5, 5, 2])], tf: 'tf.pad(x0, [[0, 0], [2, 2], [2, 2], [0, 0]])' },
  { op: 'Pad', title: 'unequal sides of [2,3], constant 1.5', attrs: { paddings: [[1, 0], [0, 3]], constantValue: 1.5 }, inputs: [f([2, 3])], tf: 'tf.pad(x0, [[1, 0], [0, 3]], constant_values=1.5)' },
  { op: 'Pad', title: 'the batch axis of [?,3] too', attrs: { paddings: [[1, 2], [1, 1]] }, inputs: [batch([2, 3])], tf: 'tf.pad(x0, [[1, 2], [1, 1]])' },
  { op: 'Pad', title: 'int32 [3] with constant 7', attrs: { paddings: [[2, 1]], constantValue: 7 }, inputs: [{ shape: [3], dtype: 'int32', values: [4, -5, 6] }], tf: 'tf.pad(x0, [[2, 1]], constant_values=7)' },
  { op: 'SliceLike', reference: '`tf.gradients` of `tf.pad` (TF1: `tf.slice(dy, begin, tf.shape(x))`)', title: 'the middle of a padded [?,3]', attrs: { begin: [1, 1] }, inputs: [f([5, 5]), batch([2, 3], { wrt: false })], tf: 'tf.gradients(tf.pad(x1, [[1, 2], [1, 1]]), x1, grad_ys=x0)[0]' },
];

const GATHER_GRAD = '`tf.gradients` of `tf.gather`, made dense (TF1: IndexedSlices, UnsortedSegmentSum)';
const GATHER_CASES: OpCase[] = [
  { op: 'Gather', title: 'embedding rows [6,4] by ids [?,3], repeated ids', inputs: [f([6, 4]), { shape: [2, 3], static: [null, 3], dtype: 'int32', values: [5, 0, 2, 2, 5, 5] }], tf: 'tf.nn.embedding_lookup(x0, x1)' },
  { op: 'Gather', title: 'axis 1 of [?,4,2] by [2,2]', attrs: { axis: 1 }, inputs: [batch([2, 4, 2]), { shape: [2, 2], dtype: 'int32', values: [3, 0, 0, 1] }], tf: 'tf.gather(x0, x1, axis=1)' },
  { op: 'Gather', title: 'axis -1 of [3,4] by a scalar', attrs: { axis: -1 }, inputs: [f([3, 4]), { shape: [], dtype: 'int32', values: [2] }], tf: 'tf.gather(x0, x1, axis=-1)' },
  { op: 'Gather', title: 'int32 params [5] by [4]', inputs: [{ shape: [5], dtype: 'int32', values: [10, -20, 30, -40, 50] }, { shape: [4], dtype: 'int32', values: [4, 4, 0, 3] }], tf: 'tf.gather(x0, x1)' },
  { op: 'GatherGrad', reference: GATHER_GRAD, title: 'rows of [5,3] by [2,2], duplicates summed', inputs: [f([2, 2, 3]), { shape: [2, 2], dtype: 'int32', values: [1, 4, 1, 1] }, f([5, 3], { wrt: false })], tf: 'tf.convert_to_tensor(tf.gradients(tf.gather(x2, x1), x2, grad_ys=x0)[0])' },
  { op: 'GatherGrad', reference: GATHER_GRAD, title: 'axis 1 of [2,3,2] by [3]', attrs: { axis: 1 }, inputs: [f([2, 3, 2]), { shape: [3], dtype: 'int32', values: [2, 2, 0] }, f([2, 3, 2], { wrt: false })], tf: 'tf.convert_to_tensor(tf.gradients(tf.gather(x2, x1, axis=1), x2, grad_ys=x0)[0])' },
];

const PAD_LIKE = '`tf.gradients` of `tf.slice` (TF1: `tf.pad` of dy with paddings from the shapes)';
const SLICE_CASES: OpCase[] = [
  { op: 'Slice', title: 'the features of [?,9]: begin [0,0] size [-1,8]', attrs: { begin: [0, 0], size: [-1, 8] }, inputs: [batch([3, 9])], tf: 'tf.slice(x0, [0, 0], [-1, 8])' },
  { op: 'Slice', title: 'the label column of [?,9]: begin [0,8] size [-1,1]', attrs: { begin: [0, 8], size: [-1, 1] }, inputs: [batch([3, 9])], tf: 'tf.slice(x0, [0, 8], [-1, 1])' },
  { op: 'Slice', title: 'a block of [4,5,3]', attrs: { begin: [1, 2, 0], size: [2, 3, 2] }, inputs: [f([4, 5, 3])], tf: 'tf.slice(x0, [1, 2, 0], [2, 3, 2])' },
  { op: 'Slice', title: 'rows 1.. of a [?,2] batch (size fixed)', attrs: { begin: [1, 0], size: [2, -1] }, inputs: [batch([4, 2])], tf: 'tf.slice(x0, [1, 0], [2, -1])' },
  { op: 'Slice', title: 'int32 [6]', attrs: { begin: [2], size: [3] }, inputs: [{ shape: [6], dtype: 'int32', values: [1, -2, 3, -4, 5, -6] }], tf: 'tf.slice(x0, [2], [3])' },
  { op: 'PadLike', reference: PAD_LIKE, title: 'a block of [?,5] back in place', attrs: { begin: [1, 2] }, inputs: [f([2, 3]), batch([4, 5], { wrt: false })], tf: 'tf.gradients(tf.slice(x1, [1, 2], [2, 3]), x1, grad_ys=x0)[0]' },
];

interface LrnSetting {
  title: string;
  input: ReturnType<typeof f>;
  depthRadius: number;
  bias: number;
  alpha: number;
  beta: number;
}
const LRNS: LrnSetting[] = [
  { title: 'AlexNet\'s radius 2, beta 0.75 on [?,3,3,8] (alpha 0.1)', input: batch([2, 3, 3, 8]), depthRadius: 2, bias: 1, alpha: 0.1, beta: 0.75 },
  { title: 'AlexNet\'s own alpha 2e-5, bias 2 on [1,2,2,6]', input: f([1, 2, 2, 6], { range: [-20, 20] }), depthRadius: 2, bias: 2, alpha: 2e-5, beta: 0.75 },
  { title: 'TF\'s defaults (radius 5 wider than 4 channels)', input: f([2, 2, 2, 4]), depthRadius: 5, bias: 1, alpha: 1, beta: 0.5 },
  { title: 'radius 0, beta 1 on [1,3,2,3]', input: f([1, 3, 2, 3]), depthRadius: 0, bias: 0.5, alpha: 0.3, beta: 1 },
];
const lrnArgs = (l: LrnSetting) => `depth_radius=${l.depthRadius}, bias=${l.bias}, alpha=${l.alpha}, beta=${l.beta}`;
const lrnAttrs = (l: LrnSetting) => ({ depthRadius: l.depthRadius, bias: l.bias, alpha: l.alpha, beta: l.beta });
const LRN_CASES: OpCase[] = LRNS.flatMap((l) => [
  { op: 'LRN', title: l.title, attrs: lrnAttrs(l), inputs: [l.input], tf: `tf.nn.local_response_normalization(x0, ${lrnArgs(l)})` },
  {
    op: 'LRNGrad',
    title: l.title,
    attrs: lrnAttrs(l),
    inputs: [{ ...l.input, wrt: false }, { shape: l.input.shape, static: l.input.static, derive: ([x]: tf.Tensor[]) => tf.localResponseNormalization(x as tf.Tensor4D, l.depthRadius, l.bias, l.alpha, l.beta), wrt: false }, f(l.input.shape)],
    tf: `tf.raw_ops.LRNGrad(input_grads=x2, input_image=x0, output_image=x1, ${lrnArgs(l)})`,
  },
]);

export const ARRAY_CASES: OpCase[] = [...PAD_CASES, ...GATHER_CASES, ...SLICE_CASES, ...LRN_CASES];
