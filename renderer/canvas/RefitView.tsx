/**
 * Re-fits the graph when the canvas changes size under it: the dock opening,
 * folding or being dragged, and a new run starting (which opens the dock).
 * Only a graph that fits whole is re-fitted; a larger one keeps the learner's
 * zoom and the point at the middle of the canvas stays in the middle. A
 * learner who zooms or pans before the re-fit lands keeps their view: a wheel
 * turned just after Train or Reset was undone 150 ms later.
 */
import { useReactFlow, useStore } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useFlow } from '../store/hooks.ts';
import { useLearnerViewMoves } from './useLearnerViewMoves.ts';
import { useViewActions } from './useViewActions.ts';

/** Wait after the last change (a dock being dragged changes every frame). */
const SETTLE_MS = 150;

/** Renders nothing. */
export function RefitView() {
  const dock = useFlow((s) => `${s.dock.open}:${s.dock.open ? s.dock.height : 0}`);
  const run = useFlow((s) => s.run.currentRun);
  const paneHeight = useStore((s) => s.height);
  const { overview } = useViewActions();
  const { getViewport, setViewport } = useReactFlow();
  const last = useRef({ dock, run });
  const pending = useRef(false);
  const moves = useLearnerViewMoves();
  // The learner's view moves when the change came: one more since, and the re-fit is dropped.
  const movesBefore = useRef(0);
  // The pane's height when the change came: the middle it had is the one to keep.
  const before = useRef(paneHeight);
  useEffect(() => {
    if (last.current.dock === dock && last.current.run === run) return;
    last.current = { dock, run };
    if (!pending.current) before.current = paneHeight;
    pending.current = true;
    movesBefore.current = moves.current;
    // Only the change matters, not the height it came with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dock, run]);
  // The pane's new size reaches React Flow's store a frame later; fit once it has settled.
  useEffect(() => {
    if (!pending.current) return;
    const timer = setTimeout(() => {
      pending.current = false;
      if (moves.current !== movesBefore.current || overview(200)) return;
      const v = getViewport();
      void setViewport({ ...v, y: v.y + (paneHeight - before.current) / 2 }, { duration: 200 });
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [paneHeight, dock, run, overview, getViewport, setViewport, moves]);
  return null;
}
