import { Dropout } from '../ops/Dropout.ts';
import { defineGrad } from './gradient.ts';

/**
 * y = x * mask with mask = kept / keep, so dx = dy * mask: the same mask the
 * forward step drew (its second output), never a new one. For keep_prob
 * (rarely trained, but TF1 differentiates it too) y and mask both scale as
 * 1 / keep, so dkeep = -(sum(dy * y) + sum(dmask * mask)) / keep.
 */
export const DropoutGradient = defineGrad(Dropout, ({ b, dy, dys, x: [, keep], y: [y, mask] }) => [
  () => b.op('Mul', { x: dy, y: mask }),
  () => {
    const total = (g: typeof dy, t: typeof dy) => b.op('ReduceSum', { x: b.op('Mul', { x: g, y: t }) }, { axis: null });
    const sum = b.op('Add', { x: total(dy, y), y: total(dys[1], mask) });
    return b.op('Neg', { x: b.op('Div', { x: sum, y: keep }) });
  },
]);
