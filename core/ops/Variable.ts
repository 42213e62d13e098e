import { defineOp } from './opDef.ts';

export const Variable = defineOp({
  kind: 'Variable',
  category: 'variables',
  doc: 'A trainable tensor that keeps its value between runs: weights W and biases b. It starts from its initializer (random normal, Xavier/Glorot, He, zeros ...) and the optimizer updates it every training step. TF1: `tf.Variable(tf.random_normal([784, 10]))`.',
  inputs: [],
  outputs: [{ name: 'value', doc: 'The current value.' }],
  attrs: {
    shape: { type: 'shape', default: [1], doc: 'Static shape; every dimension known.' },
    dtype: { type: 'dtype', default: 'float32', options: ['float32'], doc: 'Element type.' },
    initializer: { type: 'initializer', default: { kind: 'randomNormal', mean: 0, stddev: 1 }, doc: 'How the first value is drawn.' },
    trainable: { type: 'bool', default: true, doc: 'Whether Minimize updates it.' },
  },
  infer: ({ attrs }) => [{ dtype: attrs.dtype, shape: [...attrs.shape] }],
  stateful: true,
});
