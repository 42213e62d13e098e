import { Slice } from '../ops/Slice.ts';
import { defineGrad } from './gradient.ts';

/** TF1's _SliceGrad: dy padded with zeros back to x's shape (read at run time, so size -1 and ? dims work), placed at begin. */
export const SliceGradient = defineGrad(Slice, ({ b, dy, x: [x], attrs: { begin } }) => [() => b.op('PadLike', { x: dy, like: x }, { begin: begin ?? [] })]);
