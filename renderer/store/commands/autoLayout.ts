/** autoLayout: arranges the whole graph left to right in layers, as one undo step. */
import type { GraphDocument } from '../../../core/graph/document.ts';
import { scopesOf } from '../../../core/graph/scopes.ts';
import { findOp } from '../../../core/ops/registry.ts';
import type { Size } from '../canvasSlice.ts';
import { layeredPositions } from './layered.ts';
import { moveNodes } from './moveNodes.ts';
import type { CommandResult } from './result.ts';

export interface AutoLayoutArgs {
  /** Node id -> its size on the canvas; nodes not yet measured get an estimate. */
  sizes: Readonly<Record<string, Size>>;
}

/** A node's size before the canvas has measured it: the width of a typical node and a row per port. */
export function estimatedSize(op: string): Size {
  const def = findOp(op);
  const rows = def ? Math.max(def.inputs.length, def.outputs.length) : 1;
  return { width: 180, height: 34 + 20 * rows };
}

/** Lays the graph out with dagre, its top-left corner staying where it was; changes nothing when already laid out so. */
export function autoLayout(doc: GraphDocument, { sizes }: AutoLayoutArgs): CommandResult {
  if (doc.nodes.length === 0) return moveNodes(doc, { positions: {} });
  const boxes = doc.nodes.map((n) => ({ id: n.id, ...(sizes[n.id] ?? estimatedSize(n.op)) }));
  // Name scopes (`layer1/W`) are kept together, so their frames on the canvas do not overlap.
  const groups = new Map(doc.nodes.map((n) => [n.id, scopesOf(n.name)]));
  const laid = layeredPositions(boxes, doc.edges, { groups, rowGap: 50 });
  const left = Math.min(...doc.nodes.map((n) => n.position.x));
  const top = Math.min(...doc.nodes.map((n) => n.position.y));
  const positions: Record<string, { x: number; y: number }> = {};
  for (const [id, p] of laid) positions[id] = { x: p.x + left, y: p.y + top };
  return moveNodes(doc, { positions });
}
