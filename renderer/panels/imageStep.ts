/** Which kept step an image card shows: the newest until the slider picks one, and again once it is moved to the end. */
import { keptIndexAtOrBefore } from '../plots/keptStep.ts';

/** The index into `steps` (ascending) shown for `picked`: the newest when undefined, else the kept step at or before it (the oldest if none is). */
export function shownIndex(steps: readonly number[], picked: number | undefined): number {
  return picked === undefined ? steps.length - 1 : Math.max(0, keptIndexAtOrBefore(steps, picked));
}

/** The step the slider at `index` picks: undefined at the end, so the card follows new steps again. */
export function pickedStep(steps: readonly number[], index: number): number | undefined {
  return index >= steps.length - 1 ? undefined : steps[index];
}
