/** Dropping an op from the palette onto the canvas adds it where it was dropped; onto a link, it is inserted there when the shapes fit. */
import { type DragEvent, useCallback } from 'react';
import { actions } from '../store/flowStore.ts';
import { nodeOriginForDrop, OP_DRAG_TYPE } from './dropOp.ts';
import { edgeAt, markDropEdge } from './edgeAt.ts';
import { useScreenToFlow } from './useScreenToFlow.ts';

/** Drag-over, drag-leave and drop handlers for the canvas element. */
export function useOpDrop() {
  const screenToFlow = useScreenToFlow();
  const onDragOver = useCallback((e: DragEvent) => {
    if (!e.dataTransfer.types.includes(OP_DRAG_TYPE)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    markDropEdge(edgeAt(e.clientX, e.clientY));
  }, []);
  const onDragLeave = useCallback(() => markDropEdge(undefined), []);
  const onDrop = useCallback(
    (e: DragEvent) => {
      const op = e.dataTransfer.getData(OP_DRAG_TYPE);
      markDropEdge(undefined);
      if (!op) return;
      e.preventDefault();
      const at = nodeOriginForDrop(screenToFlow({ x: e.clientX, y: e.clientY }));
      const edge = edgeAt(e.clientX, e.clientY);
      if (edge) actions.addNodeOnEdge(op, at, edge);
      else actions.addNode(op, at);
    },
    [screenToFlow],
  );
  return { onDragOver, onDragLeave, onDrop };
}
