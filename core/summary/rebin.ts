/**
 * The histogram dashboard's display: every step re-binned onto one shared grid
 * of equal bins. Source: tensorboard/webapp/widgets/histogram/histogram_util.ts
 * (`buildNormalizedHistograms`), the successor of the legacy
 * plugins/histogram/tf_histogram_dashboard/histogramCore.ts; unlike the legacy
 * code it keeps the counts of zero-width buckets, which TF2 writes for a
 * single repeated value.
 */
import type { Bucket } from './bucket.ts';

/** A display bin as d3 and TensorBoard draw it: left edge x, width dx, count y. */
export interface Bin {
  x: number;
  dx: number;
  y: number;
}

/** TensorBoard's default number of display bins. */
export const DISPLAY_BIN_COUNT = 30;

/**
 * Each step's buckets spread over `binCount` equal bins spanning all steps;
 * a bucket's count is shared by overlap. Buckets must be sorted.
 */
export function rebinHistograms(steps: readonly (readonly Bucket[])[], binCount: number = DISPLAY_BIN_COUNT): Bin[][] {
  if (steps.length === 0 || binCount < 1) return [];
  const histograms = steps.map((buckets) => buckets.map(({ left, right, count }) => ({ x: left, dx: right - left, y: count })));
  const range = binRange(histograms);
  if (range === undefined) return histograms.map(() => []);
  // A zero-width range gets a default non-zero one around the value.
  if (range.left === range.right) {
    range.right = range.right * 1.1 + 1;
    range.left = range.left / 1.1 - 1;
  }
  return histograms.map((bins) => rebuildBins(bins, range.left, range.right, binCount));
}

/** From the first bin's left to the last bin's right, over every non-empty step. */
function binRange(histograms: Bin[][]): { left: number; right: number } | undefined {
  let left: number | undefined;
  let right: number | undefined;
  for (const bins of histograms) {
    if (bins.length === 0) continue;
    const last = bins[bins.length - 1];
    if (left === undefined || bins[0].x < left) left = bins[0].x;
    if (right === undefined || last.x + last.dx > right) right = last.x + last.dx;
  }
  return left === undefined || right === undefined ? undefined : { left, right };
}

function rebuildBins(bins: Bin[], left: number, right: number, binCount: number): Bin[] {
  const results: Bin[] = [];
  const dx = (right - left) / binCount;
  let index = 0;
  let carried = 0;
  for (let i = 0; i < binCount; i++) {
    const resultLeft = left + i * dx;
    const resultRight = resultLeft + dx;
    let y = carried;
    carried = 0;
    while (index < bins.length) {
      const bin = bins[index];
      const share = contribution(bin, resultLeft, resultRight, i !== binCount - 1);
      y += share.curr;
      carried += share.next;
      // A bucket reaching past this bin may feed the next one too: keep it.
      if (bin.x + bin.dx > resultRight) break;
      index++;
    }
    results.push({ x: resultLeft, dx, y });
  }
  return results;
}

/**
 * How much of `bin` falls in [resultLeft, resultRight): its count times the
 * overlapping fraction of its width. A zero-width bin is the point [x, x] and
 * goes whole to the bin holding x; on a shared edge that is the right-hand bin.
 */
function contribution(bin: Bin, resultLeft: number, resultRight: number, hasRightNeighbour: boolean): { curr: number; next: number } {
  const binLeft = bin.x;
  const binRight = bin.x + bin.dx;
  if (binLeft > resultRight || binRight < resultLeft) return { curr: 0, next: 0 };
  if (bin.dx === 0) {
    return hasRightNeighbour && binRight >= resultRight ? { curr: 0, next: bin.y } : { curr: bin.y, next: 0 };
  }
  const intersection = Math.min(binRight, resultRight) - Math.max(binLeft, resultLeft);
  return { curr: (bin.y * intersection) / bin.dx, next: 0 };
}
