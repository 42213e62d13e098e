/**
 * The drawing pad: draw a digit with a mouse, a finger or a pen (pointer
 * events, so the same code serves the browser and the desktop app). Strokes
 * are inked with the soft brush of digitDrawing.ts; every change hands the
 * digit, made MNIST-like (20-pixel box, centred by mass), to `onDigit`.
 * Undo (Ctrl+Z on the pad) drops the last stroke, Clear (Delete) all of them.
 */
import { type PointerEvent, useEffect, useMemo, useRef, useState } from 'react';
import { inkStrokes, mnistDigit, type PadPoint } from './digitDrawing.ts';
import { clearStrokes, EMPTY_PAD, extendStroke, startStroke, undoStroke } from './padStrokes.ts';

/** The pad's own resolution; the canvas is shown at this size or smaller. */
const PAD = 280;
/** About MNIST's stroke width once the digit is scaled into its 20-pixel box. */
const BRUSH_RADIUS = 14;

/** The pad; `onDigit` gets the 784 MNIST values, or undefined when the pad is empty. */
export function DrawingPad({ onDigit }: { onDigit: (digit: Float32Array | undefined) => void }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const [pad, setPad] = useState(EMPTY_PAD);
  const drawing = useRef(false);
  const ink = useMemo(() => inkStrokes(pad.strokes, PAD, BRUSH_RADIUS), [pad.strokes]);
  useEffect(() => {
    const context = ref.current?.getContext('2d');
    if (!context) return;
    const image = context.createImageData(PAD, PAD);
    for (let i = 0; i < ink.length; i++) {
      const grey = Math.round(255 * (1 - ink[i]));
      image.data.set([grey, grey, grey, 255], i * 4);
    }
    context.putImageData(image, 0, 0);
  }, [ink]);
  useEffect(() => onDigit(pad.strokes.length === 0 ? undefined : mnistDigit(ink, PAD)), [ink, pad.strokes.length, onDigit]);

  const pointAt = (e: PointerEvent<HTMLCanvasElement>): PadPoint => {
    const box = e.currentTarget.getBoundingClientRect();
    return { x: ((e.clientX - box.left) / box.width) * PAD, y: ((e.clientY - box.top) / box.height) * PAD };
  };
  return (
    <div className="drawing-pad">
      <canvas
        ref={ref}
        className="drawing-pad__canvas"
        width={PAD}
        height={PAD}
        tabIndex={0}
        role="img"
        aria-label="Drawing pad: draw a digit"
        data-testid="drawing-pad"
        data-strokes={pad.strokes.length}
        onPointerDown={(e) => {
          if (e.button !== 0) return;
          e.currentTarget.setPointerCapture(e.pointerId);
          drawing.current = true;
          setPad((p) => startStroke(p, pointAt(e)));
        }}
        onPointerMove={(e) => {
          if (!drawing.current) return;
          const point = pointAt(e);
          setPad((p) => extendStroke(p, point));
        }}
        onPointerUp={() => (drawing.current = false)}
        onPointerCancel={() => (drawing.current = false)}
        onKeyDown={(e) => {
          // The pad's own undo: the document's undo stays on the canvas.
          if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') setPad(undoStroke);
          else if (e.key === 'Delete' || e.key === 'Backspace') setPad(clearStrokes);
          else return;
          e.preventDefault();
          e.stopPropagation();
        }}
      />
      <div className="drawing-pad__actions">
        <button type="button" className="button" disabled={pad.strokes.length === 0 && !pad.cleared} onClick={() => setPad(undoStroke)} title="Undo the last stroke (Ctrl+Z on the pad)">
          Undo stroke
        </button>
        <button type="button" className="button" disabled={pad.strokes.length === 0} onClick={() => setPad(clearStrokes)} title="Clear the pad (Delete on the pad)">
          Clear pad
        </button>
      </div>
    </div>
  );
}
