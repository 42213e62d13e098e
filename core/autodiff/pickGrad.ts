/**
 * The gradient of Maximum and Minimum (TF1 math_grad's
 * _MaximumMinimumGrad): dy goes to the input that was picked, to x on a
 * tie, each summed back over its broadcast axes. `yPicked` compares x with
 * y the way that is true exactly where y was taken (x < y for Maximum).
 */
import type { TensorRef } from '../graph/document.ts';
import { sumToInput } from './broadcast.ts';
import type { GradContext, GradThunk } from './gradient.ts';
import { lazy } from './gradient.ts';

export function pickGradient({ b, dy, x: [x, y] }: GradContext, yPicked: 'Less' | 'Greater'): readonly GradThunk[] {
  const toY = lazy((): TensorRef => b.op('Mul', { x: dy, y: b.op('Cast', { x: b.op(yPicked, { x, y }) }, { dtype: 'float32' }) }));
  return [() => sumToInput(b, b.op('Sub', { x: dy, y: toY() }), x, y), () => sumToInput(b, toY(), y, x)];
}
