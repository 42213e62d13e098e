import { DTYPES } from '../graph/shape.ts';
import { unaryOp } from './elementwise.ts';

export const StopGradient = unaryOp({
  kind: 'StopGradient',
  dtypes: DTYPES,
  doc: 'Passes x forward unchanged and lets no gradient flow back through it: the Variables before it are held fixed by this path while training (they still train through any other path to the loss). Use it to treat a computed value as a constant target, or to freeze part of a network. TF1: `tf.stop_gradient(x)`.',
});
