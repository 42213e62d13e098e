import { nestedShape } from './attrs.ts';
import { defineOp } from './opDef.ts';

export const Constant = defineOp({
  kind: 'Constant',
  category: 'inputs',
  doc: 'A fixed tensor written into the graph, such as 3.0 or [[1, 2], [3, 4]]. Its value never changes while the graph runs. TF1: `tf.constant(3.0)`.',
  inputs: [],
  outputs: [{ name: 'value', doc: 'The constant tensor.' }],
  attrs: {
    value: { type: 'tensor', default: 0, doc: 'A number or nested list of numbers.' },
    dtype: { type: 'dtype', default: 'float32', doc: 'Element type.' },
  },
  infer: ({ attrs }) => [{ dtype: attrs.dtype, shape: nestedShape(attrs.value) }],
});
