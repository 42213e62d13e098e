/**
 * Scrubbing from a scalar chart: hovering points the other views at a step,
 * leaving clears it; a click pins it so the other tabs can be opened with it.
 */
import { flowStore } from '../store/flowStore.ts';
import type { Scrub } from '../store/runSlice.ts';

function setScrub(scrub: Scrub | undefined): void {
  const current = flowStore.getState().run.scrub;
  // Pointer moves within one step would otherwise re-render every view per event.
  if (current?.step === scrub?.step && current?.pinned === scrub?.pinned) return;
  flowStore.getState().setRun({ scrub });
}

/** The hovered step, or undefined when the pointer left; ignored while a step is pinned. */
export function hoverScrub(step: number | undefined): void {
  if (flowStore.getState().run.scrub?.pinned) return;
  setScrub(step === undefined ? undefined : { step, pinned: false });
}

/** Pins `step`; a click on the pinned step unpins it. */
export function clickScrub(step: number): void {
  const current = flowStore.getState().run.scrub;
  setScrub(current?.pinned && current.step === step ? { step, pinned: false } : { step, pinned: true });
}

/** Back to the latest values. */
export function releaseScrub(): void {
  setScrub(undefined);
}
