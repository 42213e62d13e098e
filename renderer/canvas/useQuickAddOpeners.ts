/** Opening quick-add: double-click on empty canvas, and tracking the pointer so Space can open it there. */
import { type MouseEvent, useCallback } from 'react';
import { flowStore } from '../store/flowStore.ts';
import { setCanvasPointer } from './pointer.ts';
import { useScreenToFlow } from './useScreenToFlow.ts';

/** Whether an event happened on the empty canvas itself (not a node, edge or control). */
function onPane(e: MouseEvent): boolean {
  return e.target instanceof Element && e.target.classList.contains('react-flow__pane');
}

/** Mouse handlers for the canvas element. */
export function useQuickAddOpeners() {
  const screenToFlow = useScreenToFlow();
  const onDoubleClick = useCallback(
    (e: MouseEvent) => {
      if (!onPane(e)) return;
      const screen = { x: e.clientX, y: e.clientY };
      flowStore.getState().openQuickAdd({ screen, flow: screenToFlow(screen) });
    },
    [screenToFlow],
  );
  const onMouseMove = useCallback((e: MouseEvent) => setCanvasPointer({ x: e.clientX, y: e.clientY }), []);
  const onMouseLeave = useCallback(() => setCanvasPointer(undefined), []);
  return { onDoubleClick, onMouseMove, onMouseLeave };
}
