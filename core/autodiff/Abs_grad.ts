import { Abs } from '../ops/Abs.ts';
import { defineGrad } from './gradient.ts';

/** d|x| = dy * sign(x) (TF1 math_grad's _AbsGrad), sign(x) built as (x > 0) - (x < 0), so 0 at 0. */
export const AbsGradient = defineGrad(Abs, ({ b, dy, x: [x] }) => [
  () => {
    const zero = b.constant(0);
    const positive = b.op('Cast', { x: b.op('Greater', { x, y: zero }) }, { dtype: 'float32' });
    const negative = b.op('Cast', { x: b.op('Less', { x, y: zero }) }, { dtype: 'float32' });
    return b.op('Mul', { x: dy, y: b.op('Sub', { x: positive, y: negative }) });
  },
]);
