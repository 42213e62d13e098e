import { Div } from '../ops/Div.ts';
import { sumToInput } from './broadcast.ts';
import { defineGrad } from './gradient.ts';

/** d(x / y) = dy / y for x and dy * (-x / y / y) for y (TF1 math_grad's _RealDivGrad), summed over broadcast axes. */
export const DivGradient = defineGrad(Div, ({ b, dy, x: [x, y] }) => [
  () => sumToInput(b, b.op('Div', { x: dy, y }), x, y),
  () => {
    const slope = b.op('Div', { x: b.op('Div', { x: b.op('Neg', { x }), y }), y });
    return sumToInput(b, b.op('Mul', { x: dy, y: slope }), y, x);
  },
]);
