/**
 * Re-fits the graph when the canvas changes size under it: the dock opening,
 * folding or being dragged, and a new run starting (which opens the dock).
 * Only a graph that fits whole is re-fitted; on a larger one the learner's
 * own view stays where it was.
 */
import { useStore } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useFlow } from '../store/hooks.ts';
import { useViewActions } from './useViewActions.ts';

/** Wait after the last change (a dock being dragged changes every frame). */
const SETTLE_MS = 150;

/** Renders nothing. */
export function RefitView() {
  const dock = useFlow((s) => `${s.dock.open}:${s.dock.open ? s.dock.height : 0}`);
  const run = useFlow((s) => s.run.currentRun);
  const paneHeight = useStore((s) => s.height);
  const { overview } = useViewActions();
  const last = useRef({ dock, run });
  const pending = useRef(false);
  useEffect(() => {
    if (last.current.dock === dock && last.current.run === run) return;
    last.current = { dock, run };
    pending.current = true;
  }, [dock, run]);
  // The pane's new size reaches React Flow's store a frame later; fit once it has settled.
  useEffect(() => {
    if (!pending.current) return;
    const timer = setTimeout(() => {
      pending.current = false;
      overview(200);
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [paneHeight, dock, run, overview]);
  return null;
}
