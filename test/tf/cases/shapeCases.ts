/** Reductions and shape ops against TF1: axes, keep dims, -1 in shapes, batch `?`. */
import { batch, f, int, type OpCase, py } from '../opCase.ts';

interface Reduction {
  title: string;
  input: ReturnType<typeof f>;
  axis: number[] | null;
  keepDims: boolean;
}

const REDUCTIONS: Reduction[] = [
  { title: 'all axes', input: f([3, 4]), axis: null, keepDims: false },
  { title: 'all axes, keep dims', input: f([2, 3, 2]), axis: null, keepDims: true },
  { title: 'axis 0 of [?,4] (over the batch)', input: batch([5, 4]), axis: [0], keepDims: false },
  { title: 'axis 1 of [?,4], keep dims', input: batch([5, 4]), axis: [1], keepDims: true },
  { title: 'axis -1 of [2,3,4]', input: f([2, 3, 4]), axis: [-1], keepDims: false },
  { title: 'axes [0,2] of [2,3,4]', input: f([2, 3, 4]), axis: [0, 2], keepDims: false },
  { title: 'axes [1,2] of [?,3,4], keep dims', input: batch([2, 3, 4]), axis: [1, 2], keepDims: true },
  { title: 'a vector [6]', input: f([6]), axis: [0], keepDims: false },
];

const TF_REDUCE: Record<string, string> = { ReduceSum: 'tf.reduce_sum', ReduceMean: 'tf.reduce_mean', ReduceMax: 'tf.reduce_max' };

const reduceCases: OpCase[] = Object.entries(TF_REDUCE).flatMap(([op, fn]) =>
  REDUCTIONS.map((r) => ({
    op,
    title: r.title,
    attrs: { axis: r.axis, keepDims: r.keepDims },
    inputs: [r.input],
    tf: `${fn}(x0${r.axis === null ? '' : `, axis=${py(r.axis)}`}${r.keepDims ? ', keepdims=True' : ''})`,
  })),
);

export const SHAPE_CASES: OpCase[] = [
  ...reduceCases,
  { op: 'ReduceMean', title: 'int32 truncates (the course\'s lesson)', attrs: { axis: null, keepDims: false }, inputs: [int([4], [1, 2], { values: [1, 2, 4, 2] })], tf: 'tf.reduce_mean(x0)' },
  { op: 'ReduceSum', title: 'int32 axis 1', attrs: { axis: [1], keepDims: false }, inputs: [int([2, 3], [-4, 4])], tf: 'tf.reduce_sum(x0, axis=[1])' },
  { op: 'Reshape', title: '[?,784]-style with -1: [?,12] to [-1,3,4]', attrs: { shape: [-1, 3, 4] }, inputs: [batch([2, 12])], tf: 'tf.reshape(x0, [-1, 3, 4])' },
  { op: 'Reshape', title: '[2,3,4] to [-1]', attrs: { shape: [-1] }, inputs: [f([2, 3, 4])], tf: 'tf.reshape(x0, [-1])' },
  { op: 'Reshape', title: '[?,4,4,2] to [-1,32] (flatten a conv block)', attrs: { shape: [-1, 32] }, inputs: [batch([3, 4, 4, 2])], tf: 'tf.reshape(x0, [-1, 32])' },
  { op: 'Reshape', title: '[6] to [2,3]', attrs: { shape: [2, 3] }, inputs: [f([6])], tf: 'tf.reshape(x0, [2, 3])' },
  { op: 'Flatten', title: '[?,3,4,2] to [?,24]', inputs: [batch([2, 3, 4, 2])], tf: 'tf.reshape(x0, [-1, 24])' },
  { op: 'Flatten', title: '[5,3] stays [5,3]', inputs: [f([5, 3])], tf: 'tf.reshape(x0, [5, 3])' },
  { op: 'Squeeze', title: 'every size-1 dimension of [1,3,1,2]', attrs: { axis: null }, inputs: [f([1, 3, 1, 2])], tf: 'tf.squeeze(x0)' },
  { op: 'Squeeze', title: 'axis [2] of [?,3,1]', attrs: { axis: [2] }, inputs: [batch([4, 3, 1])], tf: 'tf.squeeze(x0, axis=[2])' },
  { op: 'Squeeze', title: 'axis [-1] of [3,1]', attrs: { axis: [-1] }, inputs: [f([3, 1])], tf: 'tf.squeeze(x0, axis=[-1])' },
  { op: 'ExpandDims', title: 'axis 0 of [3]', attrs: { axis: 0 }, inputs: [f([3])], tf: 'tf.expand_dims(x0, axis=0)' },
  { op: 'ExpandDims', title: 'axis -1 of [?,3]', attrs: { axis: -1 }, inputs: [batch([2, 3])], tf: 'tf.expand_dims(x0, axis=-1)' },
  { op: 'ExpandDims', title: 'axis 1 of [2,3]', attrs: { axis: 1 }, inputs: [f([2, 3])], tf: 'tf.expand_dims(x0, axis=1)' },
  { op: 'Transpose', title: 'reverse [2,3,4] (perm null)', attrs: { perm: null }, inputs: [f([2, 3, 4])], tf: 'tf.transpose(x0)' },
  { op: 'Transpose', title: 'perm [0,2,1] of [?,3,4]', attrs: { perm: [0, 2, 1] }, inputs: [batch([2, 3, 4])], tf: 'tf.transpose(x0, perm=[0, 2, 1])' },
  { op: 'Transpose', title: 'NHWC to NCHW', attrs: { perm: [0, 3, 1, 2] }, inputs: [f([2, 3, 2, 4])], tf: 'tf.transpose(x0, perm=[0, 3, 1, 2])' },
  { op: 'Concat', title: 'axis 0, batch ? and [2,3]', attrs: { axis: 0 }, inputs: [batch([3, 3]), f([2, 3])], tf: 'tf.concat([x0, x1], axis=0)' },
  { op: 'Concat', title: 'axis 1 of three', attrs: { axis: 1 }, inputs: [f([2, 1]), f([2, 3]), f([2, 2])], tf: 'tf.concat([x0, x1, x2], axis=1)' },
  { op: 'Concat', title: 'axis -1 of [?,2,2] and [?,2,3]', attrs: { axis: -1 }, inputs: [batch([2, 2, 2]), batch([2, 2, 3])], tf: 'tf.concat([x0, x1], axis=-1)' },
  { op: 'Stack', title: 'axis 0 of three [2]', attrs: { axis: 0 }, inputs: [f([2]), f([2]), f([2])], tf: 'tf.stack([x0, x1, x2], axis=0)' },
  { op: 'Stack', title: 'axis 1 of two [?,3]', attrs: { axis: 1 }, inputs: [batch([2, 3]), batch([2, 3])], tf: 'tf.stack([x0, x1], axis=1)' },
  { op: 'Stack', title: 'axis -1 of two [2,2]', attrs: { axis: -1 }, inputs: [f([2, 2]), f([2, 2])], tf: 'tf.stack([x0, x1], axis=-1)' },
  { op: 'OneHot', title: 'depth 10 of [?] labels', attrs: { depth: 10 }, inputs: [{ shape: [5], static: [null], dtype: 'int32', values: [3, 0, 9, 1, 3] }], tf: 'tf.one_hot(x0, 10)' },
  { op: 'OneHot', title: 'out-of-range indices give rows of off_value; on/off values', attrs: { depth: 3, onValue: 5, offValue: -1 }, inputs: [{ shape: [2, 2], dtype: 'int32', values: [0, -1, 3, 2] }], tf: 'tf.one_hot(x0, 3, on_value=5.0, off_value=-1.0)' },
  { op: 'Shape', title: 'of [2,2,3]', inputs: [f([2, 2, 3])], tf: 'tf.shape(x0)' },
  { op: 'Shape', title: 'of a ? batch [?,3] at run time', inputs: [batch([4, 3])], tf: 'tf.shape(x0)' },
  { op: 'Shape', title: 'of an int32 scalar', inputs: [int([], [0, 3])], tf: 'tf.shape(x0)' },
  { op: 'Rank', title: 'of [2,2,3]', inputs: [f([2, 2, 3])], tf: 'tf.rank(x0)' },
  { op: 'Rank', title: 'of a ? batch [?,784]', inputs: [batch([2, 784])], tf: 'tf.rank(x0)' },
  { op: 'Rank', title: 'of a scalar', inputs: [f([])], tf: 'tf.rank(x0)' },
  { op: 'ReduceMean', title: 'int32 sums beyond 2^24 stay exact', attrs: { axis: [1], keepDims: false }, inputs: [int([2, 2], [0, 1], { values: [2147483646, 1, -2147483646, -1] })], tf: 'tf.reduce_mean(x0, axis=[1])' },
];
