import { Maximum } from '../ops/Maximum.ts';
import { defineGrad } from './gradient.ts';
import { pickGradient } from './pickGrad.ts';

/** dy to x where x >= y, to y where x < y (TF1's GreaterEqual mask). */
export const MaximumGradient = defineGrad(Maximum, (g) => pickGradient(g, 'Less'));
