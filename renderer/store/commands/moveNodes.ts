/** moveNodes: new canvas positions for some nodes, as one step (a whole drag is one undo). */
import type { GraphDocument, Position } from '../../../core/graph/document.ts';
import { type CommandResult, done, refuse } from './result.ts';

export interface MoveNodesArgs {
  /** Node id -> its new position. */
  positions: Record<string, Position>;
}

/** Moves nodes; moving a node to where it already is changes nothing. */
export function moveNodes(doc: GraphDocument, { positions }: MoveNodesArgs): CommandResult {
  const ids = new Set(doc.nodes.map((n) => n.id));
  for (const [id, p] of Object.entries(positions)) {
    if (!ids.has(id)) return refuse(`cannot move node "${id}": it is not in the graph`);
    if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) return refuse(`cannot move node "${id}" to a position that is not a finite number`);
  }
  let changed = false;
  const nodes = doc.nodes.map((n) => {
    const p = positions[n.id];
    if (!p || (p.x === n.position.x && p.y === n.position.y)) return n;
    changed = true;
    return { ...n, position: { x: p.x, y: p.y } };
  });
  return done(changed ? { ...doc, nodes } : doc);
}
