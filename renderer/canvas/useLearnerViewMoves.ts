/**
 * Counts the learner's own moves of the view: a wheel over the canvas, or a
 * press on the empty canvas (a pan) or on the zoom buttons. The views the
 * canvas sets by itself (re-fitting when the dock opens, showing the backward
 * pass once it is measured) land a few frames after what caused them; one
 * that finds the count changed since then would undo the learner's choice,
 * so it gives way.
 */
import { useStore } from '@xyflow/react';
import { type RefObject, useEffect, useRef } from 'react';

/** Where a press moves the view; a press on a node selects or drags it and leaves the view alone. */
const MOVES_VIEW = '.react-flow__pane, .react-flow__controls';

/** The number of view moves the learner has made on this canvas so far. */
export function useLearnerViewMoves(): RefObject<number> {
  const canvas = useStore((s) => s.domNode);
  const moves = useRef(0);
  useEffect(() => {
    if (!canvas) return;
    const wheel = () => void moves.current++;
    const press = (event: PointerEvent) => {
      if (event.target instanceof Element && event.target.closest(MOVES_VIEW)) moves.current++;
    };
    canvas.addEventListener('wheel', wheel, { capture: true, passive: true });
    canvas.addEventListener('pointerdown', press, { capture: true });
    return () => {
      canvas.removeEventListener('wheel', wheel, { capture: true });
      canvas.removeEventListener('pointerdown', press, { capture: true });
    };
  }, [canvas]);
  return moves;
}
