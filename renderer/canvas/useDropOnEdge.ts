/**
 * Dragging an unconnected node over a link marks the link; dropping it there
 * inserts the node where the shapes fit, the move and the insert together one
 * undo step, or says why it does not fit and leaves the node where it fell.
 */
import { type OnNodeDrag, useReactFlow } from '@xyflow/react';
import { useCallback, useRef } from 'react';
import type { GraphDocument, Position } from '../../core/graph/document.ts';
import { insertOnEdge } from '../store/commands/insertOnEdge.ts';
import { actions, flowStore } from '../store/flowStore.ts';
import { edgeAt, markDropEdge } from './edgeAt.ts';
import type { CanvasNode } from './flowTypes.ts';

/** Where on a node a link is looked for: its middle, then around it, so a link under any part of the body counts. */
const PROBES = [0.5, 0.3, 0.7].flatMap((fy) => [0.5, 0.25, 0.75].map((fx) => [fx, fy] as const));

/**
 * The link under a node (nearest its middle), if the node is an unconnected
 * document node. Worked out from the drag's position rather than the node's
 * element, which React Flow moves only after this callback.
 */
function edgeUnder(node: CanvasNode, flowToScreen: (p: Position) => Position): string | undefined {
  const doc = flowStore.getState().document;
  if (!doc.nodes.some((n) => n.id === node.id) || doc.edges.some((e) => e.source === node.id || e.target === node.id)) return undefined;
  const { width = 0, height = 0 } = node.measured ?? {};
  for (const [fx, fy] of PROBES) {
    const p = flowToScreen({ x: node.position.x + width * fx, y: node.position.y + height * fy });
    const id = edgeAt(p.x, p.y);
    if (id) return id;
  }
  return undefined;
}

/** onNodeDragStart, onNodeDrag and onNodeDragStop for the canvas. */
export function useDropOnEdge() {
  const before = useRef<GraphDocument | undefined>(undefined);
  const { flowToScreenPosition: flowToScreen } = useReactFlow();
  const onNodeDragStart = useCallback<OnNodeDrag<CanvasNode>>(() => {
    before.current = flowStore.getState().document;
  }, []);
  const onNodeDrag = useCallback<OnNodeDrag<CanvasNode>>(
    (_, node, nodes) => markDropEdge(nodes.length === 1 ? edgeUnder(node, flowToScreen) : undefined),
    [flowToScreen],
  );
  const onNodeDragStop = useCallback<OnNodeDrag<CanvasNode>>((_, node, nodes) => {
    markDropEdge(undefined);
    const edgeId = nodes.length === 1 ? edgeUnder(node, flowToScreen) : undefined;
    if (!edgeId) return;
    const store = flowStore;
    const check = insertOnEdge(store.getState().document, { nodeId: node.id, edgeId });
    if (!check.ok) {
      store.getState().setNotice({ kind: 'error', text: `Not inserted into the link: ${check.error}` });
      return;
    }
    // The drop has already committed the move as its own step; fold it into the insert so one undo takes back both.
    const past = store.temporal.getState().pastStates;
    if (store.getState().document !== before.current && past.at(-1)?.document === before.current) actions.undo();
    actions.insertOnEdge(node.id, edgeId, node.position);
  }, [flowToScreen]);
  return { onNodeDragStart, onNodeDrag, onNodeDragStop };
}
