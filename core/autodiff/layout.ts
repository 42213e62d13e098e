/**
 * Canvas positions for backward nodes: the forward graph mirrored to its
 * right. A forward node at x sits at the same distance to the right of a
 * mirror line past the forward graph's right edge, at the same y, so the
 * gradient of the last layer is nearest the loss and the input layer's
 * gradients are furthest out. Several backward nodes of one forward node stack
 * downwards.
 */
import type { GraphDocument, Position } from '../graph/document.ts';

/** Horizontal gap between the forward graph's right edge and its mirror image. */
const GAP = 240;
/** Vertical step between backward nodes of the same forward node. */
const ROW = 110;

export class MirrorLayout {
  private readonly maxX: number;
  private readonly forward = new Map<string, Position>();
  private readonly placed = new Map<string, number>();

  constructor(doc: GraphDocument) {
    for (const n of doc.nodes) this.forward.set(n.id, n.position);
    this.maxX = doc.nodes.length === 0 ? 0 : Math.max(...doc.nodes.map((n) => n.position.x));
  }

  /** The position of the next backward node that belongs to `forwardNode`. */
  place(forwardNode: string): Position {
    const p = this.forward.get(forwardNode) ?? { x: this.maxX, y: 0 };
    const k = this.placed.get(forwardNode) ?? 0;
    this.placed.set(forwardNode, k + 1);
    return { x: 2 * this.maxX + GAP - p.x, y: p.y + k * ROW };
  }
}
