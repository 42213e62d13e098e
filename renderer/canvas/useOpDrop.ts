/** Dropping an op from the palette onto the canvas adds it where it was dropped. */
import { type DragEvent, useCallback } from 'react';
import { actions } from '../store/flowStore.ts';
import { nodeOriginForDrop, OP_DRAG_TYPE } from './dropOp.ts';
import { useScreenToFlow } from './useScreenToFlow.ts';

/** Drag-over and drop handlers for the canvas element. */
export function useOpDrop() {
  const screenToFlow = useScreenToFlow();
  const onDragOver = useCallback((e: DragEvent) => {
    if (!e.dataTransfer.types.includes(OP_DRAG_TYPE)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  }, []);
  const onDrop = useCallback(
    (e: DragEvent) => {
      const op = e.dataTransfer.getData(OP_DRAG_TYPE);
      if (!op) return;
      e.preventDefault();
      actions.addNode(op, nodeOriginForDrop(screenToFlow({ x: e.clientX, y: e.clientY })));
    },
    [screenToFlow],
  );
  return { onDragOver, onDrop };
}
