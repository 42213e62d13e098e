import { dimsCompatible, formatShape, mergeDim, type Shape, type TensorType } from '../graph/shape.ts';
import { fail, type InferFailure } from './opDef.ts';

/**
 * The common shape of a loss's labels and logits. TF1's losses do not
 * broadcast: both must have one shape, so a label column [?,1] against logits
 * [?] is an error, not a silent [?,?].
 */
export function labelsLogitsShape(kind: string, labels: TensorType, logits: TensorType): { shape: Shape } | InferFailure {
  const a = labels.shape;
  const b = logits.shape;
  if (a === null || b === null) return { shape: a ?? b };
  const same = a.length === b.length && a.every((d, i) => dimsCompatible(d, b[i]));
  if (!same)
    return fail('SHAPE_MISMATCH', `${kind}: labels ${formatShape(a)} and logits ${formatShape(b)} must have the same shape`, 'give labels the shape of logits (OneHot the class numbers, or Reshape)');
  return { shape: a.map((d, i) => mergeDim(d, b[i])) };
}
