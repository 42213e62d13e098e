/**
 * Where the backward pass sits on the canvas: mirrored below the forward
 * graph, each gradient node under the forward node it differentiates (an
 * update under its variable). The forward graph's columns are the layers of
 * the backward graph too, so it reads as a layered graph flowing right to
 * left, from the loss's seed back to the first layer's updates, and a
 * gradient is always found straight below its node. Nodes of one column stack
 * downwards in the order of their forward nodes, top first; a box that would
 * overlap one already placed drops below it. Done on the canvas rather than
 * in core's MirrorLayout because only the canvas knows each node's measured
 * size, which is what keeps boxes apart.
 */
import type { GraphNode, Position } from '../../core/graph/document.ts';
import type { Size } from '../store/canvasSlice.ts';
import { estimatedSize } from '../store/commands/autoLayout.ts';
import type { GradientView } from '../store/gradients.ts';

/** Gap between the forward graph's bottom and the backward band (room for the gradients frame's header). */
export const BAND_GAP = 120;
/** Space kept between two backward boxes, across and down. */
const H_GAP = 16;
const V_GAP = 24;

interface Box extends Position, Size {}

/** Positions of the backward nodes, from the forward nodes' positions and every node's size. */
export function gradientPositions(view: Extract<GradientView, { ok: true }>, forward: readonly GraphNode[], measured: Readonly<Record<string, Size>>): Map<string, Position> {
  const size = (n: GraphNode) => measured[n.id] ?? estimatedSize(n.op);
  const boxes = new Map<string, Box>(forward.map((n) => [n.id, { ...n.position, ...size(n) }]));
  const out = new Map<string, Position>();
  if (view.nodes.length === 0) return out;
  const all = [...boxes.values()];
  const right = all.length === 0 ? 0 : Math.max(...all.map((b) => b.x + b.width));
  const top = all.length === 0 ? 0 : Math.max(...all.map((b) => b.y + b.height)) + BAND_GAP;

  const anchor = (n: GraphNode) => boxes.get(view.forwardOf.get(n.id) ?? '');
  // Forward nodes top to bottom (then left to right); a forward node's own gradients in backward order.
  const order = view.nodes.map((n, i) => ({ n, i, a: anchor(n) }));
  order.sort((p, q) => (p.a?.y ?? Infinity) - (q.a?.y ?? Infinity) || (p.a?.x ?? 0) - (q.a?.x ?? 0) || p.i - q.i);

  const placed: Box[] = [];
  for (const { n, a } of order) {
    const s = size(n);
    // Centred under its forward node; without one (never in practice), at the graph's right edge.
    const x = a ? Math.round(a.x + a.width / 2 - s.width / 2) : right + H_GAP;
    let y = top;
    for (const p of placed) if (p.x < x + s.width + H_GAP && x < p.x + p.width + H_GAP) y = Math.max(y, p.y + p.height + V_GAP);
    const box = { x, y, ...s };
    placed.push(box);
    out.set(n.id, { x: box.x, y: box.y });
  }
  return out;
}
