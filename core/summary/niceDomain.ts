/**
 * The padded, rounded y domain TensorBoard's line chart fits to a data extent.
 * Source: tensorboard/webapp/widgets/line_chart_v2/lib/scale.ts (`niceDomain` of
 * LinearScale and Log10Scale), which pads then calls d3's `scaleLinear().nice()`;
 * TensorBoard pins d3 5.7, so `nice` and `tickIncrement` follow d3-scale 2
 * (src/linear.js) and d3-array 1 (src/ticks.js).
 */

const PADDING_RATIO = 0.05;
const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

/** TensorBoard's linear-scale domain for a [min, max] extent: 5% padding, then d3's nice(). */
export function niceLinearDomain([min, max]: readonly [number, number]): [number, number] {
  if (max < min) throw new RangeError(`niceLinearDomain: min ${min} is larger than max ${max}`);
  if (max === min) {
    if (min === 0) return [-1, 1];
    return min < 0 ? [2 * min, 0] : [0, 2 * min];
  }
  // EPSILON keeps the padding non-zero when max - min underflows the sum.
  const padding = (max - min + Number.EPSILON) * PADDING_RATIO;
  return nice(min - padding, max + padding, 10);
}

/** TensorBoard's log10-scale domain: halve the min and double the max, never below Number.MIN_VALUE. */
export function niceLog10Domain([min, max]: readonly [number, number]): [number, number] {
  if (min > max) throw new RangeError(`niceLog10Domain: min ${min} is larger than max ${max}`);
  if (max <= 0) return [Number.MIN_VALUE, 1];
  const adjustedMin = Math.max(min, Number.MIN_VALUE);
  return [Math.max(Number.MIN_VALUE, adjustedMin * 0.5), max * 2];
}

/** d3-scale 2's `linear.nice(count)` on an ascending domain: two rounds of tick-step snapping. */
export function nice(start: number, stop: number, count: number): [number, number] {
  let step = tickIncrement(start, stop, count);
  if (step > 0) {
    start = Math.floor(start / step) * step;
    stop = Math.ceil(stop / step) * step;
    step = tickIncrement(start, stop, count);
  } else if (step < 0) {
    start = Math.ceil(start * step) / step;
    stop = Math.floor(stop * step) / step;
    step = tickIncrement(start, stop, count);
  }
  if (step > 0) return [Math.floor(start / step) * step, Math.ceil(stop / step) * step];
  if (step < 0) return [Math.ceil(start * step) / step, Math.floor(stop * step) / step];
  return [start, stop];
}

/**
 * d3-array 1's `tickIncrement`: a 1, 2 or 5 times power-of-ten step, returned
 * negated and inverted (-1/step) below 1 so that callers divide by an integer.
 */
export function tickIncrement(start: number, stop: number, count: number): number {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log(step) / Math.LN10);
  const error = step / Math.pow(10, power);
  const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
  return power >= 0 ? factor * Math.pow(10, power) : -Math.pow(10, -power) / factor;
}
