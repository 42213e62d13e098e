import { Cast } from '../ops/Cast.ts';
import { defineGrad } from './gradient.ts';

/** A float32-to-float32 Cast passes dy through; casting to or from whole numbers has no gradient. */
export const CastGradient = defineGrad(Cast, ({ dy, xTypes: [x], attrs: { dtype }, stop }) => [
  () => {
    if (dtype !== 'float32') return stop(`a Cast to ${dtype} rounds to whole numbers (or true/false), which has no gradient`);
    if (x.dtype !== 'float32') return stop(`its input is ${x.dtype}, which has no gradient (only float32 tensors do)`);
    return dy;
  },
]);
