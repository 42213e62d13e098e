/**
 * Builders for the pooling ops (MaxPool, AvgPool) and their internal gradient
 * ops (MaxPoolGrad, AvgPoolGrad): one window per output pixel and channel,
 * with TF1's ksize, strides and padding attrs.
 */
import { type DType, formatShape } from '../graph/shape.ts';
import { defineOp, fail, type InputSpec, type OpDef } from './opDef.ts';
import { isInferFailure, type Padding, PADDINGS, readPair, windowOutput, windowSpec } from './window.ts';
import type { OpKind } from './opKinds.ts';

export const POOL_ATTRS = {
  ksize: { type: 'ints' as const, default: [1, 2, 2, 1], doc: 'Window size: [1, kh, kw, 1] as in TF1 (or [kh, kw]).' },
  strides: { type: 'ints' as const, default: [1, 2, 2, 1], doc: 'Step of the window: [1, sh, sw, 1] as in TF1 (or [sh, sw]).' },
  padding: { type: 'enum' as const, options: PADDINGS, default: 'SAME' as Padding, doc: 'SAME keeps ceil(size / stride) pixels (padding is ignored); VALID uses only whole windows.' },
};

const FLOAT: readonly DType[] = ['float32'];

/** A pooling op: [N,H,W,C] -> [N,Ho,Wo,C]. */
export function poolOp(kind: OpKind, doc: string): OpDef<typeof POOL_ATTRS> {
  return defineOp({
    kind,
    category: 'nn',
    doc,
    inputs: [{ name: 'input', doc: 'Feature maps [batch, height, width, channels].', dtypes: FLOAT }],
    outputs: [{ name: 'output', doc: 'Pooled maps [batch, out height, out width, channels].' }],
    attrs: POOL_ATTRS,
    infer: ({ in: [x], attrs }) => {
      const window = readPair('ksize', attrs.ksize);
      if (typeof window === 'string') return fail('BAD_ATTR', `${kind}: ${window}`, 'set ksize to [1, 2, 2, 1] for a 2x2 window');
      const spec = windowSpec(kind, window, attrs.strides, attrs.padding);
      if (isInferFailure(spec)) return spec;
      const out = windowOutput(kind, x.shape, spec);
      if (isInferFailure(out)) return out;
      return [{ dtype: 'float32', shape: out === null ? null : [...out, x.shape![3]] }];
    },
  });
}

/** A pooling gradient op: inputs as given, output shaped like the forward input. */
export function poolGradOp(kind: OpKind, doc: string, inputs: readonly InputSpec[]): OpDef<typeof POOL_ATTRS> {
  return defineOp({
    kind,
    category: 'internal',
    doc,
    inputs: inputs.map((i) => ({ ...i, dtypes: FLOAT })),
    outputs: [{ name: 'output', doc: 'Gradient with respect to the pooling\'s input.' }],
    attrs: POOL_ATTRS,
    infer: ({ in: ins }) => {
      const bad = ins.findIndex((t) => t.shape !== null && t.shape.length !== 4);
      if (bad >= 0) return fail('SHAPE_MISMATCH', `${kind}: ${inputs[bad].name} must have rank 4, got ${formatShape(ins[bad].shape)}`, 'connect the forward pooling\'s tensors and its output gradient');
      return [{ dtype: 'float32', shape: ins[0].shape === null ? null : [...ins[0].shape] }];
    },
  });
}
