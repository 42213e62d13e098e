import { Concat } from '../ops/Concat.ts';
import { defineGrad } from './gradient.ts';

/** Each input gets its own piece of dy, cut where Concat joined it (offsets read at run time). */
export const ConcatGradient = defineGrad(Concat, ({ b, dy, x, attrs: { axis } }) =>
  x.map((_, index) => () => b.op('ConcatSlice', { dy, values: x }, { axis, index })),
);
