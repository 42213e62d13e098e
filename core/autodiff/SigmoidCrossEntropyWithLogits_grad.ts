import { SigmoidCrossEntropyWithLogits } from '../ops/SigmoidCrossEntropyWithLogits.ts';
import { defineGrad } from './gradient.ts';

/** For loss = max(x,0) - x*z + log(1 + e^-|x|): d/dx = sigmoid(x) - z and d/dz = -x, each times dy. */
export const SigmoidCrossEntropyWithLogitsGradient = defineGrad(SigmoidCrossEntropyWithLogits, ({ b, dy, x: [labels, logits] }) => [
  () => b.op('Mul', { x: dy, y: b.op('Neg', { x: logits }) }),
  () => b.op('Mul', { x: dy, y: b.op('Sub', { x: b.op('Sigmoid', { x: logits }), y: labels }) }),
]);
