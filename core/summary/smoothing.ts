/**
 * TensorBoard's scalar smoothing: a debiased exponential moving average.
 * Source: tensorboard/webapp/widgets/line_chart_v2/data_transformer.ts
 * (`classicSmoothing`). x is ignored, so smoothing is per point, not per second.
 */

/** Default of TensorBoard's smoothing slider. */
export const DEFAULT_SMOOTHING = 0.6;

/** The smoothed y of one series, exactly as TensorBoard's `classicSmoothing` computes it. */
export function classicSmoothing(ys: ArrayLike<number>, weight: number = DEFAULT_SMOOTHING): Float64Array {
  // A NaN or infinite weight means no smoothing; the rest is clamped to [0, 1].
  const w = Number.isFinite(weight) ? Math.max(0, Math.min(weight, 1)) : 0;
  const out = Float64Array.from(ys);
  // A constant series is returned as is: debiasing would turn c into c*(1-w)/(1-w),
  // which can miss c by an ulp and draw a wobbly flat line (TensorBoard issue #786).
  // NaN !== NaN, so a series holding a NaN is never constant.
  if (isConstant(ys)) return out;
  let last = 0;
  let n = 0;
  for (let i = 0; i < out.length; i++) {
    const y = out[i];
    // NaN and ±Infinity are shown raw and leave the average untouched.
    if (!Number.isFinite(y)) continue;
    last = last * w + (1 - w) * y;
    n++;
    // Starting from 0 biases early values towards 0 by a factor (1 - w^n).
    const debias = w === 1 ? 1 : 1 - Math.pow(w, n);
    out[i] = last / debias;
  }
  return out;
}

function isConstant(ys: ArrayLike<number>): boolean {
  if (ys.length === 0) return true;
  const first = ys[0];
  for (let i = 0; i < ys.length; i++) if (ys[i] !== first) return false;
  return true;
}
