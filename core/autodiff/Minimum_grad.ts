import { Minimum } from '../ops/Minimum.ts';
import { defineGrad } from './gradient.ts';
import { pickGradient } from './pickGrad.ts';

/** dy to x where x <= y, to y where x > y (TF1's LessEqual mask). */
export const MinimumGradient = defineGrad(Minimum, (g) => pickGradient(g, 'Greater'));
