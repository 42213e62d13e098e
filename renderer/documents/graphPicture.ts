/**
 * A small picture of a graph for the gallery: one box per node at its canvas
 * position, coloured by op category, and a curve per edge from an output's
 * side to an input's side, as the canvas draws them. A long chain of layers
 * is squeezed sideways (up to 3x) so it fills the card instead of becoming a
 * thin line. Pure geometry; GraphPicture.tsx draws the SVG.
 */
import type { GraphDocument } from '../../core/graph/document.ts';
import { findOp } from '../../core/ops/registry.ts';

/** About the size of a node on the canvas, in canvas units. */
export const NODE_WIDTH = 170;
export const NODE_HEIGHT = 60;
/** Width over height of a card's picture. */
export const PICTURE_ASPECT = 2;
const MAX_SQUEEZE = 3;
const MARGIN = 30;

export interface PictureNode {
  id: string;
  x: number;
  y: number;
  width: number;
  category: string;
}

export interface Picture {
  viewBox: string;
  nodes: PictureNode[];
  /** SVG path data, one per edge whose ends both exist. */
  edges: string[];
}

/** The picture of `doc`; an empty graph gives an empty picture with a unit view box. */
export function graphPicture(doc: GraphDocument): Picture {
  if (doc.nodes.length === 0) return { viewBox: '0 0 1 1', nodes: [], edges: [] };
  const xs = doc.nodes.map((n) => n.position.x);
  const ys = doc.nodes.map((n) => n.position.y);
  const [left, top] = [Math.min(...xs), Math.min(...ys)];
  const width = Math.max(...xs) + NODE_WIDTH - left;
  const height = Math.max(...ys) + NODE_HEIGHT - top;
  const squeeze = Math.max(Math.min(1, (PICTURE_ASPECT * height) / width), 1 / MAX_SQUEEZE);
  const nodeWidth = r(NODE_WIDTH * squeeze);
  const nodes = doc.nodes.map((n) => ({ id: n.id, x: r((n.position.x - left) * squeeze), y: r(n.position.y - top), width: nodeWidth, category: findOp(n.op)?.category ?? 'unknown' }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges: string[] = [];
  for (const e of doc.edges) {
    const a = byId.get(e.source);
    const b = byId.get(e.target);
    if (!a || !b) continue;
    const [x1, y1, x2, y2] = [a.x + nodeWidth, a.y + NODE_HEIGHT / 2, b.x, b.y + NODE_HEIGHT / 2];
    const bend = Math.max(40 * squeeze, Math.abs(x2 - x1) / 2);
    edges.push(`M${r(x1)} ${r(y1)} C${r(x1 + bend)} ${r(y1)} ${r(x2 - bend)} ${r(y2)} ${r(x2)} ${r(y2)}`);
  }
  return { viewBox: `${-MARGIN} ${-MARGIN} ${r(width * squeeze + 2 * MARGIN)} ${r(height + 2 * MARGIN)}`, nodes, edges };
}

function r(v: number): number {
  return Math.round(v * 10) / 10;
}
