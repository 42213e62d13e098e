/** Moving the view: zoom to fit everything, or the readable start view of some nodes. */
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useMemo } from 'react';
import type { CanvasNode } from './flowTypes.ts';
import { fitsWhole, type Padding, startViewport } from './startViewport.ts';

/** Room kept around a fitted graph; more on the left, clear of the zoom buttons (43px from the canvas's edge). */
export const VIEW_PADDING: Padding = { top: 32, right: 32, bottom: 32, left: 56 };
/** How far right of the graph's left edge a node still counts as being in its first column. */
const FIRST_COLUMN = 60;
/** Fit View keeps the top row clear of the canvas's notes (step-through, scrubbing: 12px down, about 30px tall). */
const FIT_PADDING = { top: '52px', right: '32px', bottom: '32px', left: '56px' } as const;

export interface ViewActions {
  /** Zooms to fit the whole graph, never magnified past 100%. */
  fit(): void;
  /** The start view (startViewport) of the given nodes, or of all. */
  readable(nodeIds?: ReadonlySet<string>, duration?: number): void;
  /** Fits the whole canvas when its nodes can still be told apart there (startViewport's rule); false, moving nothing, when not. */
  overview(duration?: number): boolean;
}

/**
 * The vertical span of the graph's inputs: the Placeholders in its first
 * column, or everything in that column (Variables sit there too, and there
 * can be hundreds). Undefined when there is nothing to go by.
 */
function inputSpan(nodes: readonly CanvasNode[]): { top: number; bottom: number } | undefined {
  const ops = nodes.filter((n) => n.type === 'op');
  if (ops.length === 0) return undefined;
  const left = Math.min(...ops.map((n) => n.position.x));
  const column = ops.filter((n) => n.position.x < left + FIRST_COLUMN);
  const placeholders = column.filter((n) => n.data.op === 'Placeholder');
  const inputs = placeholders.length > 0 ? placeholders : column;
  return { top: Math.min(...inputs.map((n) => n.position.y)), bottom: Math.max(...inputs.map((n) => n.position.y + (n.measured?.height ?? 0))) };
}

/** View actions for the canvas under the nearest ReactFlowProvider. */
export function useViewActions(): ViewActions {
  const rf = useReactFlow<CanvasNode>();
  const store = useStoreApi();
  return useMemo(
    () => ({
      fit: () => void rf.fitView({ padding: FIT_PADDING, maxZoom: 1, duration: 200 }),
      readable(nodeIds, duration = 0) {
        const nodes = rf.getNodes().filter((n) => !nodeIds || nodeIds.has(n.id));
        if (nodes.length === 0) return;
        const { width, height } = store.getState();
        const bounds = rf.getNodesBounds(nodes);
        void rf.setViewport(startViewport(bounds, { width, height }, VIEW_PADDING, inputSpan(nodes)), { duration });
      },
      overview(duration = 0) {
        const nodes = rf.getNodes();
        const { width, height } = store.getState();
        if (nodes.length === 0) return false;
        const bounds = rf.getNodesBounds(nodes);
        if (!fitsWhole(bounds, { width, height }, VIEW_PADDING)) return false;
        void rf.setViewport(startViewport(bounds, { width, height }, VIEW_PADDING), { duration });
        return true;
      },
    }),
    [rf, store],
  );
}
