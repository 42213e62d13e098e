/**
 * The drawing pad's strokes as an undoable list: a pointer down starts a
 * stroke, moves extend it, undo drops the last one, clear drops them all
 * (and is itself undone by undo). Pure, for the tests; the pad holds one.
 */
import type { PadPoint } from './digitDrawing.ts';

export interface PadStrokes {
  strokes: readonly (readonly PadPoint[])[];
  /** What clear removed, so undo can bring it back. */
  cleared: readonly (readonly PadPoint[])[] | undefined;
}

export const EMPTY_PAD: PadStrokes = { strokes: [], cleared: undefined };

/** A new stroke at `point`. */
export function startStroke(pad: PadStrokes, point: PadPoint): PadStrokes {
  return { strokes: [...pad.strokes, [point]], cleared: undefined };
}

/** The last stroke extended to `point` (a point at the same place is dropped). */
export function extendStroke(pad: PadStrokes, point: PadPoint): PadStrokes {
  const last = pad.strokes.at(-1);
  if (!last) return startStroke(pad, point);
  const end = last[last.length - 1];
  if (end.x === point.x && end.y === point.y) return pad;
  return { ...pad, strokes: [...pad.strokes.slice(0, -1), [...last, point]] };
}

/** The last stroke removed; after a clear, the cleared strokes back. */
export function undoStroke(pad: PadStrokes): PadStrokes {
  if (pad.strokes.length === 0 && pad.cleared) return { strokes: pad.cleared, cleared: undefined };
  return { strokes: pad.strokes.slice(0, -1), cleared: undefined };
}

/** Every stroke removed. */
export function clearStrokes(pad: PadStrokes): PadStrokes {
  return pad.strokes.length === 0 ? pad : { strokes: [], cleared: pad.strokes };
}
