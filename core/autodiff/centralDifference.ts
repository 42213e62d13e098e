/**
 * Numerical derivatives for checking gradients. TensorFlow.js computes in
 * float32, whose roundoff (about 1e-7 of the loss) is divided by the step h,
 * so h cannot be tiny; the fourth-order stencil below has truncation error
 * O(h^4) instead of the plain central difference's O(h^2), which lets h be
 * large enough (1e-2 and up) for roundoff to stay small.
 */

/** float32's machine epsilon, 2^-23. */
const FLOAT32_EPSILON = 1.1920929e-7;
/** Roundoff of a float32 loss, in epsilons of its magnitude: a sum over a batch rounds more than once. */
const LOSS_ROUNDOFF_ULPS = 8;

export interface Derivative {
  value: number;
  /**
   * How far float32 roundoff of the loss alone can move `value`: the
   * stencil's weights (18/12) times the loss's roundoff, divided by h.
   * Differences smaller than this cannot be told apart from noise.
   */
  noise: number;
}

/** d/dd f(d) at d = 0 by the five-point central difference with step h. */
export async function centralDifference(f: (delta: number) => Promise<number>, h: number): Promise<Derivative> {
  const [p1, m1, p2, m2] = [await f(h), await f(-h), await f(2 * h), await f(-2 * h)];
  const scale = Math.max(Math.abs(p1), Math.abs(m1), Math.abs(p2), Math.abs(m2));
  return {
    value: (8 * (p1 - m1) - (p2 - m2)) / (12 * h),
    noise: (18 / 12) * LOSS_ROUNDOFF_ULPS * FLOAT32_EPSILON * scale / h,
  };
}

/**
 * A derivative that does not depend on guessing the step: the central
 * difference at steps 1e-1, 1e-2 and 1e-3 (times `scale`), keeping the larger
 * step of the neighbouring pair that agrees best. Shrinking the step trades
 * truncation error (curvature, a kink within reach) for roundoff; where two
 * steps agree, neither dominates. Its uncertainty is the larger of that step's
 * roundoff and the pair's disagreement.
 */
export async function settledDerivative(f: (delta: number) => Promise<number>, scale = 1): Promise<{ value: number; uncertainty: number }> {
  const d = [];
  for (const step of [1e-1, 1e-2, 1e-3]) d.push(await centralDifference(f, step * scale));
  const gaps = [Math.abs(d[0].value - d[1].value), Math.abs(d[1].value - d[2].value)];
  const i = gaps[0] <= gaps[1] ? 0 : 1;
  return { value: d[i].value, uncertainty: Math.max(d[i].noise, gaps[i]) };
}

/**
 * Relative error that stays meaningful in float32: the part of |a - n| beyond
 * the numerical gradient's roundoff `noise`, over max(|a|, |n|, floor). The
 * floor keeps gradients that are zero (a dead ReLU) or nearly so from turning
 * roundoff into a huge ratio.
 */
export function relativeError(analytic: number, numeric: number, noise = 0, floor = 1e-3): number {
  return Math.max(0, Math.abs(analytic - numeric) - noise) / Math.max(Math.abs(analytic), Math.abs(numeric), floor);
}
