import { dimsCompatible, formatShape } from '../graph/shape.ts';
import { defineOp, fail } from './opDef.ts';
import { isInferFailure, PADDINGS, windowOutput, windowSpec } from './window.ts';

export const Conv2D = defineOp({
  kind: 'Conv2D',
  category: 'nn',
  doc: 'Slides small learned filters over a batch of images and, at each position, takes the dot product of the filter with the patch under it: the layer that finds edges, strokes and, deeper in the network, parts of digits. The input is NHWC [batch, height, width, channels]; the filter is [height, width, in channels, out channels], so a 3x3 filter bank [3,3,1,32] turns a [?,28,28,1] batch into 32 feature maps [?,28,28,32]. SAME padding pads with zeros so the output keeps ceil(size / stride) pixels; VALID uses only whole windows. TF1: `tf.nn.conv2d(X_img, W1, strides=[1, 1, 1, 1], padding=\'SAME\')`.',
  inputs: [
    { name: 'input', doc: 'Images [batch, height, width, channels].', dtypes: ['float32'] },
    { name: 'filter', doc: 'Filters [height, width, in channels, out channels], usually a Variable.', dtypes: ['float32'] },
  ],
  outputs: [{ name: 'output', doc: 'Feature maps [batch, out height, out width, out channels].' }],
  attrs: {
    strides: { type: 'ints', default: [1, 1, 1, 1], doc: 'Step of the window: [1, sh, sw, 1] as in TF1 (or [sh, sw]).' },
    padding: { type: 'enum', options: PADDINGS, default: 'SAME', doc: 'SAME keeps ceil(size / stride) pixels by padding with zeros; VALID uses only whole windows.' },
  },
  infer: ({ in: [x, f], attrs }) => {
    if (f.shape !== null && f.shape.length !== 4)
      return fail('SHAPE_MISMATCH', `Conv2D filter must be [height, width, in channels, out channels], got ${formatShape(f.shape)} of rank ${f.shape.length}`, 'give the filter Variable 4 dimensions, e.g. [3, 3, 1, 32]');
    const window = f.shape === null || f.shape[0] === null || f.shape[1] === null ? ([1, 1] as [number, number]) : ([f.shape[0], f.shape[1]] as [number, number]);
    const spec = windowSpec('Conv2D', window, attrs.strides, attrs.padding);
    if (isInferFailure(spec)) return spec;
    const out = windowOutput('Conv2D', x.shape, spec);
    if (isInferFailure(out)) return out;
    const outChannels = f.shape === null ? null : f.shape[3];
    if (x.shape !== null && f.shape !== null && !dimsCompatible(x.shape[3], f.shape[2]))
      return fail('SHAPE_MISMATCH', `Conv2D input ${formatShape(x.shape)} has ${x.shape[3]} channels but the filter ${formatShape(f.shape)} expects ${f.shape[2]}`, `make the filter's third dimension ${x.shape[3]}`);
    // A filter of unknown height or width leaves the spatial size unknown.
    const known = f.shape !== null && f.shape[0] !== null && f.shape[1] !== null;
    if (out === null) return [{ dtype: 'float32', shape: null }];
    return [{ dtype: 'float32', shape: [out[0], known ? out[1] : null, known ? out[2] : null, outChannels] }];
  },
});
