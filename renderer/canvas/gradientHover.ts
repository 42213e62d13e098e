/** Hovering a gradient node: the store learns which (for its note), and the forward node it differentiates is lit directly in the DOM. */
import type { NodeMouseHandler } from '@xyflow/react';
import { flowStore } from '../store/flowStore.ts';
import type { CanvasNode } from './flowTypes.ts';

/** Lights the canvas node `id` as the origin of the hovered gradient; undefined clears it. */
function markOrigin(id: string | undefined): void {
  for (const el of document.querySelectorAll('.op-node[data-origin]')) el.removeAttribute('data-origin');
  if (id) document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"] .op-node`)?.setAttribute('data-origin', 'true');
}

/** React Flow's onNodeMouseEnter for the canvas. */
export const onNodeMouseEnter: NodeMouseHandler<CanvasNode> = (_, node) => {
  if (node.type !== 'op' || node.data.gradient === undefined) return;
  flowStore.getState().setGradientHover({ nodeId: node.id, origin: node.data.differentiates });
  markOrigin(node.data.differentiates);
};

/** React Flow's onNodeMouseLeave for the canvas. */
export const onNodeMouseLeave: NodeMouseHandler<CanvasNode> = () => {
  flowStore.getState().setGradientHover(undefined);
  markOrigin(undefined);
};
