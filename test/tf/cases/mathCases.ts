/** Elementwise math, activations, MatMul and comparisons against TF1. */
import { batch, f, int, type OpCase } from '../opCase.ts';

const binary = (op: string, fn: string, y: { range?: [number, number]; awayFromZero?: number } = {}): OpCase[] => [
  { op, title: 'same shape [2,3]', inputs: [f([2, 3]), f([2, 3], y)], tf: `${fn}(x0, x1)` },
  { op, title: 'broadcast [?,3] and [3]', inputs: [batch([4, 3]), f([3], y)], tf: `${fn}(x0, x1)` },
  { op, title: 'broadcast [3,1] and [1,4]', inputs: [f([3, 1]), f([1, 4], y)], tf: `${fn}(x0, x1)` },
  { op, title: 'broadcast scalar and [2,?,2]', inputs: [f([]), { shape: [2, 3, 2], static: [2, null, 2], ...y }], tf: `${fn}(x0, x1)` },
];

const unary = (op: string, fn: string, x: { range?: [number, number]; awayFromZero?: number } = {}): OpCase[] => [
  { op, title: '[2,3]', inputs: [f([2, 3], x)], tf: `${fn}(x0)` },
  { op, title: 'batch [?,5]', inputs: [batch([3, 5], x)], tf: `${fn}(x0)` },
  { op, title: 'scalar', inputs: [f([], x)], tf: `${fn}(x0)` },
];

export const MATH_CASES: OpCase[] = [
  ...binary('Add', 'tf.add'),
  ...binary('Sub', 'tf.subtract'),
  ...binary('Mul', 'tf.multiply'),
  ...binary('Div', 'tf.divide', { range: [0.5, 2], awayFromZero: 0.5 }),
  { op: 'Div', title: 'negative divisors [2,3] / [3]', inputs: [f([2, 3]), f([3], { range: [-2, -0.5] })], tf: 'tf.divide(x0, x1)' },
  { op: 'AddN', title: 'three [2,3]', inputs: [f([2, 3]), f([2, 3]), f([2, 3])], tf: 'tf.add_n([x0, x1, x2])' },
  { op: 'AddN', title: 'one [?,4]', inputs: [batch([2, 4])], tf: 'tf.add_n([x0])' },
  ...unary('Neg', 'tf.negative'),
  ...unary('Square', 'tf.square'),
  ...unary('Sqrt', 'tf.sqrt', { range: [0.1, 4] }),
  ...unary('Exp', 'tf.exp'),
  ...unary('Log', 'tf.log', { range: [0.1, 4] }),
  ...unary('Sigmoid', 'tf.sigmoid', { range: [-6, 6] }),
  ...unary('Tanh', 'tf.tanh', { range: [-3, 3] }),
  ...unary('Relu', 'tf.nn.relu', { awayFromZero: 0.05 }),
  ...unary('Elu', 'tf.nn.elu', { range: [-3, 3], awayFromZero: 0.05 }),
  ...unary('LeakyRelu', 'tf.nn.leaky_relu', { awayFromZero: 0.05 }),
  { op: 'LeakyRelu', title: 'alpha 0.1 (the course\'s)', attrs: { alpha: 0.1 }, inputs: [batch([3, 4], { awayFromZero: 0.05 })], tf: 'tf.nn.leaky_relu(x0, alpha=0.1)' },
  ...unary('OnesLike', 'tf.ones_like'),
  ...unary('ZerosLike', 'tf.zeros_like'),
  { op: 'OnesLike', title: 'int32', inputs: [int([2, 2], [-3, 3])], tf: 'tf.ones_like(x0)' },
  { op: 'Softmax', title: 'last axis of [?,10]', inputs: [batch([4, 10], { range: [-4, 4] })], tf: 'tf.nn.softmax(x0)' },
  { op: 'Softmax', title: 'axis 0 of [3,4]', attrs: { axis: 0 }, inputs: [f([3, 4])], tf: 'tf.nn.softmax(x0, axis=0)' },
  { op: 'Softmax', title: 'axis 1 of [2,3,4]', attrs: { axis: 1 }, inputs: [f([2, 3, 4])], tf: 'tf.nn.softmax(x0, axis=1)' },
  { op: 'MatMul', title: '[?,3] x [3,2]', inputs: [batch([4, 3]), f([3, 2])], tf: 'tf.matmul(x0, x1)' },
  { op: 'MatMul', title: 'transpose_a [3,4]^T x [3,2]', attrs: { transposeA: true }, inputs: [f([3, 4]), f([3, 2])], tf: 'tf.matmul(x0, x1, transpose_a=True)' },
  { op: 'MatMul', title: 'transpose_b [4,3] x [2,3]^T', attrs: { transposeB: true }, inputs: [f([4, 3]), f([2, 3])], tf: 'tf.matmul(x0, x1, transpose_b=True)' },
  { op: 'MatMul', title: 'both transposed', attrs: { transposeA: true, transposeB: true }, inputs: [f([3, 4]), f([2, 3])], tf: 'tf.matmul(x0, x1, transpose_a=True, transpose_b=True)' },
  { op: 'MatMul', title: 'a layer [?,64] x [64,32]', inputs: [batch([8, 64]), f([64, 32], { range: [-0.3, 0.3] })], tf: 'tf.matmul(x0, x1)' },
  { op: 'Equal', title: 'floats with ties, broadcast [?,3] and [3]', inputs: [batch([4, 3], { integers: true }), f([3], { integers: true })], tf: 'tf.equal(x0, x1)' },
  { op: 'Equal', title: 'int32 [5]', inputs: [int([5], [0, 2]), int([5], [0, 2])], tf: 'tf.equal(x0, x1)' },
  { op: 'Greater', title: 'broadcast [?,3] and scalar', inputs: [batch([4, 3], { integers: true }), f([], { values: [0] })], tf: 'tf.greater(x0, x1)' },
  { op: 'Less', title: '[2,3] and [3] with ties', inputs: [f([2, 3], { integers: true }), f([3], { integers: true })], tf: 'tf.less(x0, x1)' },
  { op: 'Cast', title: 'float32 to int32 truncates toward 0', attrs: { dtype: 'int32' }, inputs: [f([2, 4], { range: [-3, 3] })], tf: 'tf.cast(x0, tf.int32)' },
  { op: 'Cast', title: 'float32 to float32', attrs: { dtype: 'float32' }, inputs: [batch([3, 2])], tf: 'tf.cast(x0, tf.float32)' },
  { op: 'Cast', title: 'int32 to float32', attrs: { dtype: 'float32' }, inputs: [int([2, 3], [-5, 5])], tf: 'tf.cast(x0, tf.float32)' },
  { op: 'Cast', title: 'bool to float32', attrs: { dtype: 'float32' }, inputs: [{ shape: [4], dtype: 'bool', values: [1, 0, 0, 1] }], tf: 'tf.cast(x0, tf.float32)' },
  { op: 'Cast', title: 'float32 to bool', attrs: { dtype: 'bool' }, inputs: [f([5], { values: [0, 1.5, -2, 0, 0.25] })], tf: 'tf.cast(x0, tf.bool)' },
  { op: 'ArgMax', title: 'axis 1 of [?,10]', attrs: { axis: 1 }, inputs: [batch([5, 10])], tf: 'tf.argmax(x0, 1, output_type=tf.int32)' },
  { op: 'ArgMax', title: 'axis 0 of [4,3]', attrs: { axis: 0 }, inputs: [f([4, 3])], tf: 'tf.argmax(x0, 0, output_type=tf.int32)' },
  { op: 'ArgMax', title: 'axis -1 of [2,3,4]', attrs: { axis: -1 }, inputs: [f([2, 3, 4])], tf: 'tf.argmax(x0, -1, output_type=tf.int32)' },
];
