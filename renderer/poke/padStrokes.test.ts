import { describe, expect, it } from 'vitest';
import { clearStrokes, EMPTY_PAD, extendStroke, startStroke, undoStroke } from './padStrokes.ts';

describe('padStrokes', () => {
  it('starts, extends and undoes strokes one at a time', () => {
    let pad = startStroke(EMPTY_PAD, { x: 1, y: 1 });
    pad = extendStroke(pad, { x: 2, y: 2 });
    pad = extendStroke(pad, { x: 2, y: 2 });
    pad = startStroke(pad, { x: 5, y: 5 });
    expect(pad.strokes).toEqual([[{ x: 1, y: 1 }, { x: 2, y: 2 }], [{ x: 5, y: 5 }]]);
    expect(undoStroke(pad).strokes).toEqual([[{ x: 1, y: 1 }, { x: 2, y: 2 }]]);
    expect(undoStroke(undoStroke(undoStroke(pad))).strokes).toEqual([]);
  });

  it('undoes a clear', () => {
    const pad = startStroke(EMPTY_PAD, { x: 1, y: 1 });
    const cleared = clearStrokes(pad);
    expect(cleared.strokes).toEqual([]);
    expect(undoStroke(cleared).strokes).toEqual(pad.strokes);
    // A new stroke after a clear forgets what was cleared.
    expect(undoStroke(undoStroke(startStroke(cleared, { x: 3, y: 3 }))).strokes).toEqual([]);
  });
});
