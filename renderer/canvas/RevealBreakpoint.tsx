/** Scrolls the canvas to the node whose breakpoint paused training, at the zoom it has. */
import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { useFlow } from '../store/hooks.ts';

/** Rendered inside ReactFlow; draws nothing. */
export function RevealBreakpoint() {
  const nodeId = useFlow((s) => (s.run.status === 'paused' ? s.run.breakpoint?.nodeId : undefined));
  const step = useFlow((s) => s.run.breakpoint?.step);
  const flow = useReactFlow();
  useEffect(() => {
    if (nodeId === undefined) return;
    const node = flow.getInternalNode(nodeId);
    if (!node) return;
    const { x, y } = node.internals.positionAbsolute;
    void flow.setCenter(x + (node.measured.width ?? 0) / 2, y + (node.measured.height ?? 0) / 2, { zoom: flow.getZoom(), duration: 300 });
    // Each hit (a node and a step) scrolls once; panning away afterwards is left alone.
  }, [nodeId, step, flow]);
  return null;
}
