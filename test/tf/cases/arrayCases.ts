/** Pad, Gather, Slice and LRN against TF1, with their gradient helpers: borders, lookups, blocks, batch `?`. */
import { batch, f, type OpCase } from '../opCase.ts';

const GO_BOARD = [[0, 0], [2, 2], [2, 2], [0, 0]];

export const ARRAY_CASES: OpCase[] = [
  { op: 'Pad', title: 'a board [?,5,5,2] by 2 (AlphaGo\'s 19x19 to 23x23)', attrs: { paddings: GO_BOARD }, inputs: [batch([2, 5, 5, 2])], tf: 'tf.pad(x0, [[0, 0], [2, 2], [2, 2], [0, 0]])' },
  { op: 'Pad', title: 'unequal sides of [2,3], constant 1.5', attrs: { paddings: [[1, 0], [0, 3]], constantValue: 1.5 }, inputs: [f([2, 3])], tf: 'tf.pad(x0, [[1, 0], [0, 3]], constant_values=1.5)' },
  { op: 'Pad', title: 'the batch axis of [?,3] too', attrs: { paddings: [[1, 2], [1, 1]] }, inputs: [batch([2, 3])], tf: 'tf.pad(x0, [[1, 2], [1, 1]])' },
  { op: 'Pad', title: 'int32 [3] with constant 7', attrs: { paddings: [[2, 1]], constantValue: 7 }, inputs: [{ shape: [3], dtype: 'int32', values: [4, -5, 6] }], tf: 'tf.pad(x0, [[2, 1]], constant_values=7)' },
  { op: 'SliceLike', reference: '`tf.gradients` of `tf.pad` (TF1: `tf.slice(dy, begin, tf.shape(x))`)', title: 'the middle of a padded [?,3]', attrs: { begin: [1, 1] }, inputs: [f([5, 5]), batch([2, 3], { wrt: false })], tf: 'tf.gradients(tf.pad(x1, [[1, 2], [1, 1]]), x1, grad_ys=x0)[0]' },
];
