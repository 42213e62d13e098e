/** Moving the view: zoom to fit everything, or the readable start view of some nodes. */
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useMemo } from 'react';
import { type Padding, startViewport } from './startViewport.ts';

/** Room kept around a fitted graph; more on the left, where the zoom buttons sit. */
export const VIEW_PADDING: Padding = { top: 32, right: 32, bottom: 32, left: 72 };
const FIT_PADDING = { top: '32px', right: '32px', bottom: '32px', left: '72px' } as const;

export interface ViewActions {
  /** Zooms to fit the whole graph, never magnified past 100%. */
  fit(): void;
  /** The start view (startViewport) of the given nodes, or of all. */
  readable(nodeIds?: ReadonlySet<string>, duration?: number): void;
}

/** View actions for the canvas under the nearest ReactFlowProvider. */
export function useViewActions(): ViewActions {
  const rf = useReactFlow();
  const store = useStoreApi();
  return useMemo(
    () => ({
      fit: () => void rf.fitView({ padding: FIT_PADDING, maxZoom: 1, duration: 200 }),
      readable(nodeIds, duration = 0) {
        const nodes = rf.getNodes().filter((n) => !nodeIds || nodeIds.has(n.id));
        if (nodes.length === 0) return;
        const { width, height } = store.getState();
        void rf.setViewport(startViewport(rf.getNodesBounds(nodes), { width, height }, VIEW_PADDING), { duration });
      },
    }),
    [rf, store],
  );
}
