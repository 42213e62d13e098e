import { formatShape } from '../graph/shape.ts';
import { LRN_ATTRS } from './lrnAttrs.ts';
import { defineOp, fail } from './opDef.ts';

export const LRN = defineOp({
  kind: 'LRN',
  category: 'nn',
  doc: 'Local response normalisation, as in AlexNet: each value is divided by (bias + alpha * sum of the squares of the values in the channels around it)^beta, the channels within depthRadius on either side of it at the same pixel. Strong activations damp their neighbours across channels. Works on images [batch, height, width, channels]. TF1: `tf.nn.local_response_normalization(x, depth_radius=2, bias=1.0, alpha=2e-05, beta=0.75)` (also `tf.nn.lrn`).',
  inputs: [{ name: 'x', doc: 'Feature maps [batch, height, width, channels], float32.', dtypes: ['float32'] }],
  outputs: [{ name: 'y', doc: 'The normalised maps, x\'s shape.' }],
  attrs: LRN_ATTRS,
  infer: ({ in: [x] }) => {
    if (x.shape !== null && x.shape.length !== 4)
      return fail('SHAPE_MISMATCH', `LRN needs 4-D feature maps [batch, height, width, channels], got ${formatShape(x.shape)}`, 'feed it a Conv2D or MaxPool output, or Reshape x to [batch, height, width, channels]');
    return [{ dtype: x.dtype, shape: x.shape === null ? [null, null, null, null] : [...x.shape] }];
  },
});
