/**
 * Where the backward pass sits on the canvas: laid out left to right by the
 * same layered engine as auto-layout, starting just right of the forward
 * graph. The backward flow runs from the loss's seed to the updates of the
 * first layer's variables, so the result mirrors the forward graph: the
 * gradients of the last layer are nearest the loss, those of the input layer
 * furthest out. Done here rather than in core's MirrorLayout because only the
 * canvas knows each node's measured size, which is what keeps boxes apart.
 */
import type { GraphNode, Position } from '../../core/graph/document.ts';
import type { Size } from '../store/canvasSlice.ts';
import { estimatedSize } from '../store/commands/autoLayout.ts';
import { layeredPositions } from '../store/commands/layered.ts';
import type { GradientView } from '../store/gradients.ts';

/** Gap between the forward graph's right edge and the backward pass (room for the groups' frames). */
const GAP = 160;

/** Positions of the backward nodes, from the forward nodes' positions and every node's size. */
export function gradientPositions(view: Extract<GradientView, { ok: true }>, forward: readonly GraphNode[], measured: Readonly<Record<string, Size>>): Map<string, Position> {
  const size = (n: GraphNode) => measured[n.id] ?? estimatedSize(n.op);
  const right = forward.length === 0 ? 0 : Math.max(...forward.map((n) => n.position.x + size(n).width));
  const top = forward.length === 0 ? 0 : Math.min(...forward.map((n) => n.position.y));
  const laid = layeredPositions(
    view.nodes.map((n) => ({ id: n.id, ...size(n) })),
    view.edges,
    { columnGap: 70, rowGap: 30 },
  );
  const out = new Map<string, Position>();
  for (const [id, p] of laid) out.set(id, { x: p.x + right + GAP, y: p.y + top });
  return out;
}
