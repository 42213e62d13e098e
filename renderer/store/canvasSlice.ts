/**
 * The canvas slice: view state React Flow needs that is not the document.
 * While a drag is under way the dragged nodes' positions live here, so the
 * document (and the undo history) only sees where the drag ended.
 */
import type { Position } from '../../core/graph/document.ts';
import type { Slice } from './types.ts';

export interface Size {
  width: number;
  height: number;
}

export interface CanvasSlice {
  /** Node id -> where it is being dragged to. */
  dragPositions: Readonly<Record<string, Position>>;
  /** Node id -> its measured size on screen, which React Flow needs back on every node it is given. */
  measured: Readonly<Record<string, Size>>;
  setDragPositions(positions: Record<string, Position>): void;
  clearDragPositions(ids: readonly string[]): void;
  setMeasured(sizes: Record<string, Size>): void;
}

/** Creates the canvas slice. */
export const createCanvasSlice: Slice<CanvasSlice> = (set, get) => ({
  dragPositions: {},
  measured: {},
  setDragPositions: (positions) => set({ dragPositions: { ...get().dragPositions, ...positions } }),
  clearDragPositions(ids) {
    const next = { ...get().dragPositions };
    for (const id of ids) delete next[id];
    set({ dragPositions: next });
  },
  setMeasured(sizes) {
    const current = get().measured;
    const changed = Object.entries(sizes).some(([id, s]) => current[id]?.width !== s.width || current[id]?.height !== s.height);
    if (changed) set({ measured: { ...current, ...sizes } });
  },
});
