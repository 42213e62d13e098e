import { defineOp } from './opDef.ts';

export const Placeholder = defineOp({
  kind: 'Placeholder',
  category: 'inputs',
  doc: 'A slot that is fed with data each time the graph runs: the training examples X and labels Y. Leave a dimension unknown (null, shown as ?) to accept any batch size. TF1: `tf.placeholder(tf.float32, shape=[None, 784])`.',
  inputs: [],
  outputs: [{ name: 'value', doc: 'The fed tensor.' }],
  attrs: {
    shape: { type: 'shape', default: [null], allowUnknown: true, nullable: true, doc: 'Static shape; null dims accept any size; null for the whole shape accepts any rank.' },
    dtype: { type: 'dtype', default: 'float32', doc: 'Element type.' },
  },
  infer: ({ attrs }) => [{ dtype: attrs.dtype, shape: attrs.shape === null ? null : [...attrs.shape] }],
});
