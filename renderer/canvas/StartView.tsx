/**
 * Sets the view once the canvas's nodes are measured: on opening a document
 * (the start view: all of it when it fits), and when the backward pass
 * appears (forward and backward together when they fit, else the backward
 * pass's start view) or goes (the forward graph again). A learner who zooms
 * or pans while the new nodes are being measured keeps their view.
 */
import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { flowStore } from '../store/flowStore.ts';
import { gradientViewOf } from '../store/gradients.ts';
import { useFlow } from '../store/hooks.ts';
import { GRADIENTS_GROUP, scopeNodeId } from './scopes.ts';
import { useLearnerViewMoves } from './useLearnerViewMoves.ts';
import { useViewActions } from './useViewActions.ts';

/** How many frames to wait for new nodes to be measured before giving up. */
const MAX_FRAMES = 120;

/** Renders nothing; calls `onReady` once the first view is set. */
export function StartView({ onReady }: { onReady(): void }) {
  const view = useFlow((s) => (s.showGradients ? gradientViewOf(s.document) : undefined));
  const { readable, overview } = useViewActions();
  const { getNodes, getInternalNode, setCenter } = useReactFlow();
  useEffect(() => {
    // Benchmarks (?debug) move the view to the part of a large graph they edit.
    const debug = window.flowboardDebug;
    if (debug) debug.setCenter = (x, y, zoom) => void setCenter(x, y, { zoom });
  }, [setCenter]);
  const shown = useRef<typeof view | null>(null);
  const moves = useLearnerViewMoves();
  useEffect(() => {
    if (shown.current === view) return;
    const first = shown.current === null;
    const toggled = !first && (shown.current === undefined) !== (view === undefined);
    // An edit that changes the backward pass keeps the view where the learner put it; only opening and toggling move it.
    if (!first && !toggled) {
      shown.current = view;
      return;
    }
    const backward = view?.ok ? new Set([...view.nodes.map((n) => n.id), scopeNodeId(GRADIENTS_GROUP)]) : undefined;
    const empty = flowStore.getState().document.nodes.length === 0 && !backward;
    const movesBefore = moves.current;
    let frame = 0;
    let handle = 0;
    // Wait until the nodes to show are on the canvas and measured, or the bounds would be wrong.
    const attempt = () => {
      const nodes = getNodes().filter((n) => !backward || backward.has(n.id));
      const measured = nodes.length > 0 && nodes.every((n) => getInternalNode(n.id)?.measured.width);
      if (!measured && !empty && ++frame < MAX_FRAMES) {
        handle = requestAnimationFrame(attempt);
        return;
      }
      shown.current = view;
      const moved = moves.current !== movesBefore;
      if (!moved && (!backward || !overview(first ? 0 : 200))) readable(backward, first ? 0 : 200);
      if (first) onReady();
    };
    attempt();
    return () => cancelAnimationFrame(handle);
  }, [view, readable, overview, getNodes, getInternalNode, onReady, moves]);
  return null;
}
