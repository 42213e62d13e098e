/**
 * While a link is dragged: a note at the pointer saying whether it may end
 * on the port under it, and why not ("MatMul [?,3] x [2,1]: inner dimensions
 * 3 and 2 differ"), or that letting go on empty canvas opens quick-add.
 */
import { useConnection, useStore } from '@xyflow/react';
import { useMemo } from 'react';
import { checkConnection } from '../store/connectionCheck.ts';
import { useDocument } from '../store/hooks.ts';

/** Offset from the pointer, so the note never sits under it. */
const OFFSET = 16;
/** The note's widest (CSS max-width) and a tall note's height, for keeping it inside the canvas. */
const WIDTH = 320;
const HEIGHT = 90;

/** The note; renders nothing when no link is being dragged. */
export function ConnectionHint() {
  const c = useConnection();
  const doc = useDocument();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const from = c.inProgress ? c.fromHandle : undefined;
  const to = c.inProgress ? c.toHandle : undefined;
  const check = useMemo(() => {
    if (!from || !to || !from.id || !to.id || from.type === to.type) return undefined;
    const [src, dst] = from.type === 'source' ? [from, to] : [to, from];
    return checkConnection(doc, { source: src.nodeId, sourceOutput: src.id!, target: dst.nodeId, targetInput: dst.id! });
  }, [doc, from, to]);
  if (!c.inProgress) return null;
  // Flip to the pointer's other side near the canvas's right and bottom edges.
  const flipX = c.pointer.x + OFFSET + WIDTH > width;
  const flipY = c.pointer.y + OFFSET + HEIGHT > height;
  const style = {
    left: flipX ? c.pointer.x - OFFSET : c.pointer.x + OFFSET,
    top: flipY ? c.pointer.y - OFFSET : c.pointer.y + OFFSET,
    transform: `translate(${flipX ? '-100%' : '0'}, ${flipY ? '-100%' : '0'})`,
  };
  if (!check)
    return (
      <div className="connection-hint connection-hint--idle" style={style} aria-hidden>
        Release on empty canvas to add a node here
      </div>
    );
  if (check.ok)
    return (
      <div className="connection-hint connection-hint--ok" style={style} role="status">
        ✓ Connects
      </div>
    );
  const [message, fix] = splitFix(check.reason);
  return (
    <div className="connection-hint connection-hint--refused" style={style} role="alert">
      <strong>Cannot connect:</strong> {message}
      {fix && <span className="connection-hint__fix">{fix}</span>}
    </div>
  );
}

/** checkConnection gives `message; fix`; the fix reads better on its own line. */
function splitFix(reason: string): [string, string | undefined] {
  const at = reason.indexOf('; ');
  return at < 0 ? [reason, undefined] : [reason.slice(0, at), reason.slice(at + 2)];
}
