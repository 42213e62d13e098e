/** The hover card beside a palette entry: the op's doc, inputs and outputs. */
import { createPortal } from 'react-dom';
import { DocText } from '../ui/DocText.tsx';
import type { OpDef } from '../../core/ops/opDef.ts';

const WIDTH = 300;

/** Floats to the right of `anchor`, kept inside the window. */
export function OpDocCard({ id, op, anchor }: { id: string; op: OpDef; anchor: DOMRect }) {
  const left = Math.min(anchor.right + 8, window.innerWidth - WIDTH - 8);
  const top = Math.max(8, Math.min(anchor.top - 8, window.innerHeight - 260));
  const inputs = op.inputs.map((i) => i.name).join(', ') || 'none';
  const outputs = op.outputs.map((o) => o.name).join(', ');
  // A portal keeps the card out of the palette's scroll box, which would clip it.
  return createPortal(
    <div id={id} role="tooltip" className="doc-card" style={{ left, top, width: WIDTH }}>
      <div className="doc-card__title">{op.kind}</div>
      <p className="doc-card__text">
        <DocText text={op.doc} />
      </p>
      <div className="doc-card__ports">
        <span>in: {inputs}</span>
        <span>out: {outputs}</span>
      </div>
    </div>,
    document.body,
  );
}
