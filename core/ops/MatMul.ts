import { dimsCompatible, formatShape } from '../graph/shape.ts';
import { defineOp, fail } from './opDef.ts';

export const MatMul = defineOp({
  kind: 'MatMul',
  category: 'math',
  doc: 'Matrix product of two rank-2 tensors: [n,k] x [k,m] -> [n,m]. The heart of a dense layer: a batch of inputs [?,784] times weights [784,256] gives [?,256]. The inner dimensions must agree. TF1: `tf.matmul(a, b)`.',
  inputs: [
    { name: 'a', doc: 'Left matrix [n,k].', dtypes: ['float32', 'int32'] },
    { name: 'b', doc: 'Right matrix [k,m].', dtypes: ['float32', 'int32'] },
  ],
  outputs: [{ name: 'product', doc: 'The product [n,m].' }],
  attrs: {
    transposeA: { type: 'bool', default: false, doc: 'Use the transpose of a.' },
    transposeB: { type: 'bool', default: false, doc: 'Use the transpose of b.' },
  },
  infer: ({ in: [a, b], attrs }) => {
    if (a.dtype !== b.dtype) return fail('DTYPE_MISMATCH', `MatMul needs both inputs of one dtype, got ${a.dtype} and ${b.dtype}`, 'insert a Cast node on one input');
    for (const [label, t] of [['a', a], ['b', b]] as const) {
      if (t.shape !== null && t.shape.length !== 2)
        return fail('SHAPE_MISMATCH', `MatMul input ${label} must be a matrix (rank 2), got ${formatShape(t.shape)}`, 'Reshape it to two dimensions');
    }
    if (a.shape === null || b.shape === null) return [{ dtype: a.dtype, shape: [null, null] }];
    const [n, ka] = attrs.transposeA ? [a.shape[1], a.shape[0]] : [a.shape[0], a.shape[1]];
    const [kb, m] = attrs.transposeB ? [b.shape[1], b.shape[0]] : [b.shape[0], b.shape[1]];
    if (!dimsCompatible(ka, kb))
      return fail(
        'SHAPE_MISMATCH',
        `MatMul ${formatShape(a.shape)} x ${formatShape(b.shape)}: inner dimensions ${ka} and ${kb} differ`,
        `make a's last dimension equal b's first (e.g. give b shape [${ka},${m ?? '?'}])`,
      );
    return [{ dtype: a.dtype, shape: [n, m] }];
  },
});
