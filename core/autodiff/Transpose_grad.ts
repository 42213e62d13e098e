import { Transpose } from '../ops/Transpose.ts';
import { defineGrad } from './gradient.ts';

/** Transposing back with the inverse permutation; a reversal (perm null) is its own inverse. */
export const TransposeGradient = defineGrad(Transpose, ({ b, dy, attrs: { perm } }) => [
  () => {
    if (perm === null) return b.op('Transpose', { x: dy }, { perm: null });
    const inverse: number[] = new Array(perm.length);
    perm.forEach((p, i) => (inverse[p] = i));
    return b.op('Transpose', { x: dy }, { perm: inverse });
  },
]);
