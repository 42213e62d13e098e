/** Scrubbing: which kept summary stands for a scrubbed step. */

/** The index of the last of `steps` (ascending) at or before `step`, or -1 when every kept step is after it. */
export function keptIndexAtOrBefore(steps: ArrayLike<number>, step: number): number {
  let lo = 0;
  let hi = steps.length;
  // The first index whose step is past `step`; the one before it is the answer.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (steps[mid] <= step) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The kept step standing for `step` (the nearest at or before it), or undefined when none is. */
export function keptStepAtOrBefore(steps: ArrayLike<number>, step: number): number | undefined {
  const i = keptIndexAtOrBefore(steps, step);
  return i < 0 ? undefined : steps[i];
}
