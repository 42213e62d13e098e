/** Convolution, pooling and the losses against TF1 (NHWC, filters [h, w, in, out]). */
import { batch, f, type OpCase, py } from '../opCase.ts';

interface Conv {
  title: string;
  input: number[];
  filter: number[];
  strides: number[];
  padding: 'SAME' | 'VALID';
}

const CONVS: Conv[] = [
  { title: '3x3 SAME stride 1, batch ?', input: [2, 6, 6, 1], filter: [3, 3, 1, 4], strides: [1, 1, 1, 1], padding: 'SAME' },
  { title: '3x3 VALID stride 1', input: [2, 7, 6, 2], filter: [3, 3, 2, 3], strides: [1, 1, 1, 1], padding: 'VALID' },
  { title: '3x3 SAME stride 2, odd size', input: [2, 7, 7, 2], filter: [3, 3, 2, 2], strides: [1, 2, 2, 1], padding: 'SAME' },
  { title: '2x2 VALID stride 2', input: [1, 6, 8, 3], filter: [2, 2, 3, 2], strides: [1, 2, 2, 1], padding: 'VALID' },
  { title: '5x5 SAME stride 1', input: [1, 8, 8, 2], filter: [5, 5, 2, 3], strides: [1, 1, 1, 1], padding: 'SAME' },
  { title: '1x1 VALID', input: [2, 4, 4, 3], filter: [1, 1, 3, 5], strides: [1, 1, 1, 1], padding: 'VALID' },
  { title: '3x3 SAME strides [2,1] given as [sh, sw]', input: [1, 8, 7, 2], filter: [3, 3, 2, 2], strides: [2, 1], padding: 'SAME' },
  { title: '4x4 SAME stride 3 (uneven padding)', input: [1, 10, 9, 1], filter: [4, 4, 1, 2], strides: [1, 3, 3, 1], padding: 'SAME' },
  // One input channel, output channels in eights: on wasm the one-channel SIMD passes (wasm/convOneChannel.ts).
  { title: '3x3 SAME stride 1, one channel into 8', input: [2, 7, 9, 1], filter: [3, 3, 1, 8], strides: [1, 1, 1, 1], padding: 'SAME' },
  { title: '2x3 VALID stride 1, one channel into 16', input: [1, 6, 11, 1], filter: [2, 3, 1, 16], strides: [1, 1, 1, 1], padding: 'VALID' },
];

interface Pool {
  title: string;
  input: number[];
  ksize: number[];
  strides: number[];
  padding: 'SAME' | 'VALID';
}

const POOLS: Pool[] = [
  { title: '2x2 SAME stride 2, batch ?', input: [2, 6, 6, 3], ksize: [1, 2, 2, 1], strides: [1, 2, 2, 1], padding: 'SAME' },
  { title: '2x2 SAME stride 2, odd size (the course\'s 7x7)', input: [2, 7, 7, 2], ksize: [1, 2, 2, 1], strides: [1, 2, 2, 1], padding: 'SAME' },
  { title: '3x3 VALID stride 2', input: [1, 7, 8, 2], ksize: [1, 3, 3, 1], strides: [1, 2, 2, 1], padding: 'VALID' },
  { title: '3x3 SAME stride 1 (overlapping)', input: [1, 5, 5, 2], ksize: [1, 3, 3, 1], strides: [1, 1, 1, 1], padding: 'SAME' },
  { title: '2x3 VALID strides [1,2] as [kh, kw]', input: [1, 6, 7, 1], ksize: [2, 3], strides: [1, 2], padding: 'VALID' },
];

/** TF1 writes windows as [1, h, w, 1]. */
const tf4 = (v: number[]) => (v.length === 2 ? [1, v[0], v[1], 1] : v);

const convCases: OpCase[] = CONVS.map((c, i) => ({
  op: 'Conv2D',
  title: c.title,
  attrs: { strides: c.strides, padding: c.padding },
  inputs: [i === 0 ? batch(c.input) : f(c.input), f(c.filter, { range: [-0.5, 0.5] })],
  tf: `tf.nn.conv2d(x0, x1, strides=${py(tf4(c.strides))}, padding='${c.padding}')`,
}));

/** Random floats have no ties, so each max-pool window has one maximum, as a gradient needs. */
const poolCases: OpCase[] = POOLS.flatMap((p, i) =>
  (['MaxPool', 'AvgPool'] as const).map((op) => ({
    op,
    title: p.title,
    attrs: { ksize: p.ksize, strides: p.strides, padding: p.padding },
    inputs: [i === 0 ? batch(p.input) : f(p.input)],
    tf: `tf.nn.${op === 'MaxPool' ? 'max_pool' : 'avg_pool'}(x0, ksize=${py(tf4(p.ksize))}, strides=${py(tf4(p.strides))}, padding='${p.padding}')`,
  })),
);

/** Negative windows: tfjs-wasm's MaxPoolGrad kernel once sent their gradient to the wrong element. */
const negativePool: OpCase = {
  op: 'MaxPool',
  title: 'all-negative windows',
  attrs: { ksize: [1, 2, 2, 1], strides: [1, 2, 2, 1], padding: 'SAME' },
  inputs: [f([1, 4, 4, 2], { range: [-3, -0.1] })],
  tf: "tf.nn.max_pool(x0, ksize=[1, 2, 2, 1], strides=[1, 2, 2, 1], padding='SAME')",
};

/** Labels are rows of a distribution (one-hot or soft), as the course feeds them. */
const softLabels = (rows: number, classes: number): number[] => {
  const out: number[] = [];
  for (let r = 0; r < rows; r++) {
    const row = Array.from({ length: classes }, (_, c) => ((r * 7 + c * 3) % 5) + 0.5);
    const sum = row.reduce((a, b) => a + b, 0);
    out.push(...row.map((v) => v / sum));
  }
  return out;
};
const oneHot = (rows: number, classes: number): number[] => Array.from({ length: rows * classes }, (_, i) => (i % classes === (Math.floor(i / classes) * 3) % classes ? 1 : 0));

const lossCases: OpCase[] = [
  {
    op: 'SoftmaxCrossEntropyWithLogits',
    title: 'one-hot labels [?,10]',
    inputs: [{ shape: [4, 10], static: [null, 10], values: oneHot(4, 10) }, batch([4, 10], { range: [-4, 4] })],
    tf: 'tf.nn.softmax_cross_entropy_with_logits_v2(labels=x0, logits=x1)',
  },
  {
    op: 'SoftmaxCrossEntropyWithLogits',
    title: 'soft labels [3,5], gradient into the labels too',
    inputs: [{ shape: [3, 5], values: softLabels(3, 5) }, f([3, 5], { range: [-4, 4] })],
    tf: 'tf.nn.softmax_cross_entropy_with_logits_v2(labels=x0, logits=x1)',
  },
  {
    op: 'SoftmaxCrossEntropyWithLogits',
    title: 'large logits (stable log-softmax)',
    inputs: [{ shape: [2, 3], values: oneHot(2, 3) }, f([2, 3], { values: [80, -20, 5, -50, 60, 61] })],
    tf: 'tf.nn.softmax_cross_entropy_with_logits_v2(labels=x0, logits=x1)',
  },
  {
    op: 'SigmoidCrossEntropyWithLogits',
    title: 'labels 0/1 [?,1]',
    inputs: [{ shape: [4, 1], static: [null, 1], values: [0, 1, 1, 0] }, batch([4, 1], { range: [-5, 5] })],
    tf: 'tf.nn.sigmoid_cross_entropy_with_logits(labels=x0, logits=x1)',
  },
  {
    op: 'SigmoidCrossEntropyWithLogits',
    title: 'soft labels [2,3], large logits',
    inputs: [f([2, 3], { range: [0, 1] }), f([2, 3], { values: [40, -40, 3, -0.5, 90, -90] })],
    tf: 'tf.nn.sigmoid_cross_entropy_with_logits(labels=x0, logits=x1)',
  },
];

export const NN_CASES: OpCase[] = [...convCases, ...poolCases, negativePool, ...lossCases];

/** The convolutions and poolings again, for their gradient ops (tf.raw_ops with the same attrs). */
export { CONVS, POOLS, tf4 };
