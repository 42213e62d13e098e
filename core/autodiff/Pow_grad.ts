import { Pow } from '../ops/Pow.ts';
import { sumToInput } from './broadcast.ts';
import { defineGrad } from './gradient.ts';

/**
 * TF1 math_grad's _PowGrad: dx = dy * y * x^(y-1); dy' = dy * z * log(x)
 * where x > 0 and 0 elsewhere (log of a masked-safe x, so no NaN leaks in),
 * each summed back over its broadcast axes.
 */
export const PowGradient = defineGrad(Pow, ({ b, dy, x: [x, y], y: [z] }) => [
  () => {
    const lower = b.op('Pow', { x, y: b.op('Sub', { x: y, y: b.constant(1) }) });
    return sumToInput(b, b.op('Mul', { x: b.op('Mul', { x: dy, y }), y: lower }), x, y);
  },
  () => {
    const positive = b.op('Cast', { x: b.op('Greater', { x, y: b.constant(0) }) }, { dtype: 'float32' });
    const safe = b.op('Add', { x: b.op('Mul', { x, y: positive }), y: b.op('Sub', { x: b.constant(1), y: positive }) });
    const logX = b.op('Mul', { x: b.op('Log', { x: safe }), y: positive });
    return sumToInput(b, b.op('Mul', { x: b.op('Mul', { x: dy, y: z }), y: logX }), y, x);
  },
]);
