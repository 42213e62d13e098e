/**
 * The canvas slice: view state React Flow needs that is not the document.
 * While a drag is under way the dragged nodes' positions live here, so the
 * document (and the undo history) only sees where the drag ended.
 */
import type { Position } from '../../core/graph/document.ts';
import type { PortRef } from './commands/addWiredNode.ts';
import type { Slice } from './types.ts';

export interface Size {
  width: number;
  height: number;
}

/** An open quick-add box: where it is on screen, where the node lands, and the port a link was dragged from. */
export interface QuickAddRequest {
  screen: Position;
  flow: Position;
  from?: PortRef;
}

export interface CanvasSlice {
  /** Node id -> where it is being dragged to. */
  dragPositions: Readonly<Record<string, Position>>;
  /** Node id -> its measured size on screen, which React Flow needs back on every node it is given. */
  measured: Readonly<Record<string, Size>>;
  /** The quick-add box, while it is open. */
  quickAdd: QuickAddRequest | undefined;
  /** Collapsed name scopes, for the document of one generation: opening another document opens them all. */
  collapsedScopes: { generation: number; keys: readonly string[] };
  /** While a link is dragged: the ports it may end on (keys from portKey). */
  connectTargets: ReadonlySet<string> | undefined;
  /** The gradient node under the pointer, and the forward node it differentiates (both highlighted). */
  gradientHover: { nodeId: string; origin: string | undefined } | undefined;
  setDragPositions(positions: Record<string, Position>): void;
  clearDragPositions(ids: readonly string[]): void;
  setMeasured(sizes: Record<string, Size>): void;
  openQuickAdd(request: QuickAddRequest): void;
  closeQuickAdd(): void;
  /** Collapses an open scope or opens a collapsed one. */
  toggleScope(key: string): void;
  setConnectTargets(targets: ReadonlySet<string> | undefined): void;
  setGradientHover(hover: { nodeId: string; origin: string | undefined } | undefined): void;
}

/** Creates the canvas slice. */
export const createCanvasSlice: Slice<CanvasSlice> = (set, get) => ({
  dragPositions: {},
  measured: {},
  quickAdd: undefined,
  collapsedScopes: { generation: 0, keys: [] },
  connectTargets: undefined,
  gradientHover: undefined,
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
  openQuickAdd: (quickAdd) => set({ quickAdd }),
  closeQuickAdd: () => set({ quickAdd: undefined }),
  toggleScope(key) {
    const { generation, collapsedScopes } = get();
    const keys = collapsedScopes.generation === generation ? collapsedScopes.keys : [];
    set({ collapsedScopes: { generation, keys: keys.includes(key) ? keys.filter((k) => k !== key) : [...keys, key] } });
  },
  setConnectTargets: (connectTargets) => set({ connectTargets }),
  setGradientHover(gradientHover) {
    if (get().gradientHover?.nodeId !== gradientHover?.nodeId) set({ gradientHover });
  },
});
