/**
 * A classifier's confusion matrix: how many examples of each true class were
 * predicted as each class, with the per-class accuracy (the diagonal over its
 * row) and each row normalised to rates, which is what a matrix is coloured
 * by so a rare class's mistakes show as clearly as a common one's.
 */

/** Counts over `classes` classes, row-major: counts[true * classes + predicted]. */
export interface Confusion {
  classes: number;
  counts: Int32Array;
  /** Examples counted: the sum of all counts. */
  total: number;
}

/** Counts each (true, predicted) pair; throws when the two lists differ in length or a class is out of range. */
export function confusionOf(trueClasses: ArrayLike<number>, predicted: ArrayLike<number>, classes: number): Confusion {
  if (trueClasses.length !== predicted.length) throw new Error(`confusionOf: ${trueClasses.length} true classes but ${predicted.length} predictions`);
  const counts = new Int32Array(classes * classes);
  for (let i = 0; i < trueClasses.length; i++) {
    const t = trueClasses[i];
    const p = predicted[i];
    if (!(t >= 0 && t < classes && p >= 0 && p < classes && Number.isInteger(t) && Number.isInteger(p)))
      throw new Error(`confusionOf: example ${i} has true class ${t} and prediction ${p}; both must be whole numbers from 0 to ${classes - 1}`);
    counts[t * classes + p]++;
  }
  return { classes, counts, total: trueClasses.length };
}

/** Examples of each true class (the row sums). */
export function rowTotals({ classes, counts }: Confusion): number[] {
  const out = new Array<number>(classes).fill(0);
  for (let t = 0; t < classes; t++) for (let p = 0; p < classes; p++) out[t] += counts[t * classes + p];
  return out;
}

/** Each class's accuracy (recall): its diagonal count over its row; NaN for a class with no examples. */
export function perClassAccuracy(confusion: Confusion): number[] {
  return rowTotals(confusion).map((n, t) => (n === 0 ? Number.NaN : confusion.counts[t * confusion.classes + t] / n));
}

/** Every cell over its row's total (0 in an empty row): the rates a matrix is coloured by. */
export function rowRates(confusion: Confusion): Float64Array {
  const { classes, counts } = confusion;
  const totals = rowTotals(confusion);
  const out = new Float64Array(classes * classes);
  for (let t = 0; t < classes; t++) for (let p = 0; p < classes; p++) out[t * classes + p] = totals[t] === 0 ? 0 : counts[t * classes + p] / totals[t];
  return out;
}

/** The fraction of all examples on the diagonal; NaN when nothing was counted. */
export function overallAccuracy({ classes, counts, total }: Confusion): number {
  let right = 0;
  for (let c = 0; c < classes; c++) right += counts[c * classes + c];
  return total === 0 ? Number.NaN : right / total;
}

/** The index of the largest of each row of `classes` scores (the first on a tie, as tf.argmax). */
export function argMaxRows(scores: ArrayLike<number>, classes: number): Int32Array {
  const rows = Math.floor(scores.length / classes);
  const out = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    let best = 0;
    for (let c = 1; c < classes; c++) if (scores[r * classes + c] > scores[r * classes + best]) best = c;
    out[r] = best;
  }
  return out;
}
