/** One op in the palette: drag it onto the canvas, or press Enter to add it at the centre. Hover shows its doc. */
import { type DragEvent, useId, useRef, useState } from 'react';
import type { OpDef } from '../../core/ops/opDef.ts';
import { OP_DRAG_TYPE } from '../canvas/dropOp.ts';
import { canvasCentre, useScreenToFlow } from '../canvas/useScreenToFlow.ts';
import { actions } from '../store/flowStore.ts';
import { nodeOriginForDrop } from '../canvas/dropOp.ts';
import { OpDocCard } from './OpDocCard.tsx';

/** A draggable palette entry. */
export function PaletteItem({ op }: { op: OpDef }) {
  const [anchor, setAnchor] = useState<DOMRect | undefined>();
  const ref = useRef<HTMLLIElement>(null);
  const docId = useId();
  const screenToFlow = useScreenToFlow();
  const show = () => setAnchor(ref.current?.getBoundingClientRect());
  const hide = () => setAnchor(undefined);
  const onDragStart = (e: DragEvent) => {
    hide();
    e.dataTransfer.setData(OP_DRAG_TYPE, op.kind);
    e.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <li
      ref={ref}
      className="palette__item"
      data-category={op.category}
      draggable
      tabIndex={0}
      role="button"
      aria-label={op.kind}
      aria-describedby={anchor ? docId : undefined}
      onDragStart={onDragStart}
      onMouseEnter={show}
      onMouseLeave={hide}
      onFocus={show}
      onBlur={hide}
      onKeyDown={(e) => {
        if (e.key !== 'Enter' && e.key !== ' ') return;
        e.preventDefault();
        actions.addNode(op.kind, nodeOriginForDrop(screenToFlow(canvasCentre())));
      }}
    >
      <span className="palette__dot" aria-hidden />
      {op.kind}
      {anchor && <OpDocCard id={docId} op={op} anchor={anchor} />}
    </li>
  );
}
