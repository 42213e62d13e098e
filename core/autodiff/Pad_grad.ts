import { Pad } from '../ops/Pad.ts';
import { type Paddings, readPaddings } from '../ops/paddings.ts';
import { defineGrad } from './gradient.ts';

/** TF1's _PadGrad: the gradient of x is dy's middle, where x was: a slice at the before-paddings with x's shape (read at run time). */
export const PadGradient = defineGrad(Pad, ({ b, dy, x: [x], attrs: { paddings } }) => [
  () => b.op('SliceLike', { x: dy, like: x }, { begin: (readPaddings(paddings) as Paddings).map(([before]) => before) }),
]);
