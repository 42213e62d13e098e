/**
 * Left-to-right layered layout (dagre's Sugiyama layout) of boxes joined by
 * edges: the engine behind auto-layout and the gradient view. Synchronous, so
 * a layout is an ordinary pure command and one undo step.
 */
import dagre from '@dagrejs/dagre';
import type { Position } from '../../../core/graph/document.ts';

export interface Box {
  id: string;
  width: number;
  height: number;
}

export interface LayeredOptions {
  /** Box id -> the groups it sits in, outermost first; a group's boxes are kept together (dagre's compound layout). */
  groups?: ReadonlyMap<string, readonly string[]>;
  /** Gap between columns (ranks). */
  columnGap?: number;
  /** Gap between boxes in one column. */
  rowGap?: number;
  /** Positions are rounded to this grid. */
  grid?: number;
}

/** Top-left positions for `boxes`, flowing left to right along `edges`, with the first box's column at x = 0 and the top at y = 0. */
export function layeredPositions(boxes: readonly Box[], edges: readonly { source: string; target: string }[], options: LayeredOptions = {}): Map<string, Position> {
  const { columnGap = 80, rowGap = 40, grid = 20, groups } = options;
  const compound = groups !== undefined && [...groups.values()].some((chain) => chain.length > 0);
  const g = new dagre.graphlib.Graph({ multigraph: true, compound });
  g.setGraph({ rankdir: 'LR', ranksep: columnGap, nodesep: rowGap, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  const ids = new Set(boxes.map((b) => b.id));
  for (const b of boxes) g.setNode(b.id, { width: b.width, height: b.height });
  if (compound) {
    // Group ids are prefixed so they never clash with a box id.
    const groupId = (key: string) => `\u0000group:${key}`;
    for (const b of boxes) {
      const chain = groups!.get(b.id) ?? [];
      chain.forEach((key, i) => {
        if (!g.hasNode(groupId(key))) g.setNode(groupId(key), {});
        if (i > 0) g.setParent(groupId(key), groupId(chain[i - 1]));
      });
      if (chain.length > 0) g.setParent(b.id, groupId(chain[chain.length - 1]));
    }
  }
  edges.forEach((e, i) => {
    if (ids.has(e.source) && ids.has(e.target) && e.source !== e.target) g.setEdge(e.source, e.target, {}, String(i));
  });
  dagre.layout(g);
  const snap = (v: number) => Math.round(v / grid) * grid;
  const out = new Map<string, Position>();
  for (const b of boxes) {
    const n = g.node(b.id);
    out.set(b.id, { x: snap(n.x! - b.width / 2), y: snap(n.y! - b.height / 2) });
  }
  return out;
}
