import { formatShape } from '../graph/shape.ts';
import { defineOp, fail } from './opDef.ts';

export const Flatten = defineOp({
  kind: 'Flatten',
  category: 'shape',
  doc: 'Lays every example out as one long row, keeping the batch dimension: [?,7,7,64] feature maps become [?,3136] for a dense layer. The same as Reshape to [-1, 3136] without having to work out 3136. TF1: `tf.layers.flatten(x)` or `tf.reshape(x, [-1, 7 * 7 * 64])`.',
  inputs: [{ name: 'x', doc: 'A batch of examples [batch, ...].' }],
  outputs: [{ name: 'y', doc: 'The batch as rows [batch, values per example].' }],
  attrs: {},
  infer: ({ in: [x] }) => {
    if (x.shape === null) return [{ dtype: x.dtype, shape: [null, null] }];
    if (x.shape.length === 0) return fail('SHAPE_MISMATCH', `Flatten needs a batch of examples, got a scalar ${formatShape(x.shape)}`, 'connect a tensor whose first dimension counts examples');
    const rest = x.shape.slice(1);
    const size = rest.some((d) => d === null) ? null : rest.reduce<number>((n, d) => n * d!, 1);
    return [{ dtype: x.dtype, shape: [x.shape[0], size] }];
  },
});
