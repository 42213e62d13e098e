/**
 * How a gradient edge looks for the magnitude (L2 norm) of the gradient it
 * carries: thin and grey when it vanishes (norm below 1e-6, the
 * vanishing-gradient lesson), warmer and thicker as it grows, red and flagged
 * when it explodes.
 */
import { interpolateRgb } from 'd3';

/** Below this norm a gradient counts as vanished. */
export const VANISHING_NORM = 1e-6;
/** Above this norm a gradient counts as exploding. */
export const EXPLODING_NORM = 1e3;

export interface GradientLook {
  flag: 'vanishing' | 'exploding' | 'nonfinite' | undefined;
  color: string;
  width: number;
}

const ramp = interpolateRgb('#fdba74', '#9a3412');

/** The look of a gradient edge whose tensor has norm `norm`. */
export function gradientLook(norm: number): GradientLook {
  if (!Number.isFinite(norm)) return { flag: 'nonfinite', color: '#dc2626', width: 3 };
  if (norm < VANISHING_NORM) return { flag: 'vanishing', color: '#9ca3af', width: 1 };
  if (norm > EXPLODING_NORM) return { flag: 'exploding', color: '#dc2626', width: 3.5 };
  // log10 of the norm from -6 to 3 across the ramp.
  const t = (Math.log10(norm) + 6) / 9;
  return { flag: undefined, color: ramp(t), width: 1 + 2 * t };
}
